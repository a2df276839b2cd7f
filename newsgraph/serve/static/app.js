// newsgraph explorer. Article text is only ever put into the page with textContent (never as
// HTML), so an article containing <script> or <img onerror> shows as text.
"use strict";

const view = document.getElementById("view");
const popover = document.getElementById("popover");
const TYPE_COLOURS = { PERSON: "#2563eb", ORG: "#9333ea", GPE: "#059669", LOC: "#0d9488", NORP: "#d97706", FAC: "#64748b" };

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "style") node.style.cssText = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function speakerColour(name) {
  let hash = 0;
  for (const ch of name || "?") hash = (hash * 31 + ch.codePointAt(0)) >>> 0;
  return `hsl(${hash % 360} 70% 85%)`;
}

async function request(path) {
  const response = await fetch(path);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const detail = typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail);
    throw new Error(detail || response.statusText);
  }
  return { body, response };
}

async function api(path) {
  return (await request(path)).body;
}

// a page of a list, and the list's full size (the server sends it in a header)
async function apiPage(path) {
  const { body, response } = await request(path);
  return { rows: body, total: Number(response.headers.get("X-Total-Count")) };
}

function params(entries) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(entries)) if (value) search.set(key, value);
  return search.toString();
}

function linkToSpeaker(name) {
  return name ? el("a", { href: `#/speaker/${encodeURIComponent(name)}`, class: "speaker-link" }, name) : "—";
}

// "1–50 of 300" with links to the pages before and after; the page number is part of the URL
function pager(route, query, pageKey, page, pageSize, total) {
  if (total <= pageSize) return null;
  const last = Math.ceil(total / pageSize);
  const link = (to, text) => el("a", { href: `${route}?${params({ ...query, [pageKey]: to > 1 ? to : null })}`, class: `page-${text === "‹ Previous" ? "prev" : "next"}` }, text);
  return el("div", { class: "pager", "data-page": page },
    `${(page - 1) * pageSize + 1}–${Math.min(page * pageSize, total)} of ${total}`,
    page > 1 ? link(page - 1, "‹ Previous") : null, page < last ? link(page + 1, "Next ›") : null);
}

function exportButtons(list, query) {
  return el("span", { class: "export" }, "Export ",
    ...["csv", "json", "parquet"].map((fmt) =>
      el("a", { href: `/api/export/${list}.${fmt}?${query}`, download: `newsgraph-${list}.${fmt}`, class: `export-${fmt}` }, fmt.toUpperCase())));
}

function showError(error) {
  view.replaceChildren(el("div", { class: "error" }, `Could not load: ${error.message}`));
}

// -- search ---------------------------------------------------------------------------

const SEARCH_FIELDS = ["q", "speaker", "entity", "entity_type", "since", "until", "source"];
const SEARCH_PAGE = 50;
const LIST_IDS = { articles: "article-results", quotes: "quote-results", entities: "entity-results" };

function formQuery() {
  const form = new FormData(document.getElementById("search-form"));
  return Object.fromEntries([...form.entries()].filter(([, v]) => v));
}

// the URL is the state: the form shows what the URL searches for, the filter panel is closed
function showSearchForm(state) {
  const form = document.getElementById("search-form");
  for (const name of SEARCH_FIELDS) form.elements[name].value = state[name] || "";
  const active = SEARCH_FIELDS.filter((name) => name !== "q" && state[name]).length;
  document.getElementById("filters-summary").textContent = active ? `Filters (${active})` : "Filters";
  document.getElementById("filters").open = false;
}

function searchList(list, filters, state, title, render) {
  const pageKey = `${list}_page`;
  const page = Math.max(1, Number(state[pageKey]) || 1);
  const size = Math.min(1000, Number(state.size) || SEARCH_PAGE);  // rows a page, from the URL's size=
  return apiPage(`/api/search/${list}?${params({ ...filters, limit: size, offset: (page - 1) * size })}`).then(({ rows, total }) =>
    el("div", { class: `card ${list}-card` },
      el("h2", {}, el("span", { class: "count" }, `${title} (${total})`), exportButtons(list, params(filters))),
      el("ul", { class: `list ${list}`, id: LIST_IDS[list] }, rows.map(render)),
      pager("#/search", state, pageKey, page, size, total)));
}

async function renderSearch(query) {
  const state = Object.fromEntries(new URLSearchParams(query));
  showSearchForm(state);
  const filters = Object.fromEntries(SEARCH_FIELDS.map((name) => [name, state[name]]));
  const cards = await Promise.all([
    searchList("articles", filters, state, "Articles", (a) =>
      el("li", {},
        el("a", { href: `#/article/${encodeURIComponent(a.id)}`, class: "article-link" }, a.headline || a.id),
        el("div", { class: "meta" }, [a.date || "undated", `${a.quotes} quotes`, a.tone === null ? null : `tone ${a.tone}`].filter(Boolean).join(" · ")))),
    searchList("quotes", filters, state, "Quotes", (quote) =>
      el("li", { style: `border-left-color: ${speakerColour(quote.speaker_name)}` },
        el("blockquote", { class: quote.kind }, quote.text),
        el("div", { class: "meta" }, linkToSpeaker(quote.speaker_name),
          quote.speaker_role ? ` · ${quote.speaker_role}` : "", ` · ${quote.date || "undated"} · `,
          el("a", { href: `#/article/${encodeURIComponent(quote.article_id)}` }, quote.headline)))),
    searchList("entities", filters, state, "Entities", (e) =>
      el("li", {},
        el("span", { class: "type", style: `background: ${TYPE_COLOURS[e.type] || "#475569"}` }, e.type), " ",
        linkToSpeaker(e.name), el("span", { class: "meta" }, ` · ${e.articles} article(s)`))),
  ]);
  cards[1].classList.add("wide");
  view.replaceChildren(el("section", { class: "results" }, cards));
}

// -- article ----------------------------------------------------------------------------

function highlightedText(text, mentions, quotes, entitiesById) {
  // cut the text at every mention and quote boundary; each piece knows what covers it
  const cuts = new Set([0, text.length]);
  for (const item of [...mentions, ...quotes]) { cuts.add(item.start); cuts.add(item.end); }
  // the words that name each quote's speaker: the evidence for its attribution
  const speakers = quotes.filter((q) => q.speaker_section === "body" && q.speaker_start != null);
  for (const q of speakers) { cuts.add(q.speaker_start); cuts.add(q.speaker_end); }
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const container = el("div", { class: "article-text" });
  for (let i = 0; i < points.length - 1; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const piece = text.slice(start, end);
    const quote = quotes.find((q) => q.start <= start && end <= q.end);
    const mention = mentions.find((m) => m.start <= start && end <= m.end);
    let node = document.createTextNode(piece);
    if (mention) {
      const entity = entitiesById[mention.entity_id] || {};
      node = el("span", { class: `entity entity-${entity.type || "OTHER"}`, "data-entity": entity.name,
        title: `${entity.name} (${entity.type})`, style: `border-bottom-color: ${TYPE_COLOURS[entity.type] || "#94a3b8"}` }, piece);
    }
    const named = speakers.filter((q) => q.speaker_start <= start && end <= q.speaker_end);
    if (named.length) {
      node = el("span", { class: "speaker-mention", "data-speaker-of": named.map((q) => q.quote_id).join(" ") }, node);
    }
    if (quote) {
      const who = quote.speaker_name || "unattributed";
      node = el("mark", { class: `quote quote-${quote.kind}`, "data-quote": quote.quote_id, "data-speaker": who,
        style: `background: ${speakerColour(quote.speaker_name)}`,
        title: [who, quote.speaker_role, quote.cue ? `“${quote.cue}”` : quote.attribution, quote.date].filter(Boolean).join(" · "),
        onclick: (event) => showQuote(event, quote) }, node);
    }
    container.append(node);
  }
  return container;
}

function showQuote(event, quote) {
  for (const node of document.querySelectorAll(".speaker-mention")) {
    node.classList.toggle("evidence", node.dataset.speakerOf.split(" ").includes(String(quote.quote_id)));
  }
  // replaceChildren would write a null as the text "null": absent parts are dropped first
  popover.replaceChildren(...[
    el("strong", {}, quote.speaker_name || "unattributed"),
    quote.speaker_role ? el("div", {}, quote.speaker_role) : null,
    el("div", { class: "meta" }, [quote.kind, quote.cue ? `cue “${quote.cue}”` : quote.attribution && `${quote.attribution} attribution`,
      quote.date].filter(Boolean).join(" · ")),
    quote.targets && quote.targets.length ? el("div", { class: "meta" }, `about: ${quote.targets.join(", ")}`) : null].filter(Boolean));
  popover.hidden = false;
  popover.style.left = `${Math.min(event.pageX + 12, window.innerWidth - 340)}px`;
  popover.style.top = `${event.pageY + 12}px`;
  event.stopPropagation();
}
document.addEventListener("click", () => { popover.hidden = true; });

// the article's date and where it came from; an undated article says why it has none
function dateLine(a) {
  if (!a.date) return `undated — ${(a.date_basis || "no date found").replace(/^none:\s*/, "")}`;
  return `${a.date} — dated by ${a.date_basis}`;
}

async function renderArticle(id) {
  const a = await api(`/api/articles/${encodeURIComponent(id)}`);
  const entitiesById = Object.fromEntries(a.entities.map((e) => [e.entity_id, e]));
  const body = (list) => list.filter((x) => x.section === "body");
  const legend = el("div", { class: "legend" }, Object.entries(TYPE_COLOURS).map(([type, colour]) =>
    el("span", { style: `border-bottom: 3px solid ${colour}` }, type)));
  view.replaceChildren(
    el("article", { class: "article-view" },
      el("div", { class: "article-main" },
        el("h1", { id: "headline" }, a.headline),
        el("div", { class: "meta", id: "dateline" }, dateLine(a), a.tone === null ? "" : ` · tone ${a.tone}`),
        el("div", { class: "meta", id: "source" }, "Source: ",
          a.url ? el("a", { href: a.url, rel: "noopener noreferrer", target: "_blank" }, a.url) : a.source || "unknown"),
        legend,
        highlightedText(a.text, body(a.mentions), body(a.quotes), entitiesById),
        a.captions.length ? el("aside", { class: "captions" }, el("h3", {}, "Photo captions"),
          a.captions.map((c) => el("p", {}, c))) : null),
      el("aside", { class: "side" },
        el("h3", {}, `Quotes (${a.quotes.length})`),
        el("ol", { class: "side-quotes" }, a.quotes.map((q) =>
          el("li", { style: `border-left: 4px solid ${speakerColour(q.speaker_name)}` },
            linkToSpeaker(q.speaker_name), el("span", { class: "meta" }, ` ${q.kind}${q.cue ? ` · ${q.cue}` : ""}${q.date ? ` · ${q.date}` : ""}`),
            el("div", { class: "snippet" }, q.text.length > 160 ? `${q.text.slice(0, 160)}…` : q.text)))),
        el("h3", {}, `Events (${a.events.length})`),
        el("ul", { class: "side-events" }, a.events.map((e) =>
          el("li", {}, el("span", { class: "event-type" }, e.type), ` ${e.actor_name || "?"} → ${e.target_name || "—"}`,
            e.location_name ? el("span", { class: "meta" }, ` @ ${e.location_name}`) : null))),
        el("h3", {}, `Entities (${a.entities.length})`),
        el("ul", { class: "side-entities" }, [...a.entities].sort((x, y) => x.type.localeCompare(y.type) || x.name.localeCompare(y.name)).map((e) =>
          el("li", {}, el("span", { class: "type", style: `background: ${TYPE_COLOURS[e.type] || "#475569"}` }, e.type), " ",
            linkToSpeaker(e.name)))))));
}

// -- speaker, timeline ----------------------------------------------------------------------

async function renderSpeaker(name) {
  const [s, timeline] = await Promise.all([api(`/api/speakers/${encodeURIComponent(name)}`), api(`/api/timeline?${params({ entity: name })}`)]);
  view.replaceChildren(
    el("section", { class: "speaker-view" },
      el("h1", {}, s.name, s.type ? el("span", { class: "type", style: `background: ${TYPE_COLOURS[s.type] || "#475569"}` }, s.type) : null),
      s.aliases.length ? el("div", { class: "meta" }, `also written: ${s.aliases.filter((x) => x !== s.name).join(", ")}`) : null,
      s.roles.length ? el("div", { class: "roles" }, "Roles: ", s.roles.join("; ")) : null,
      el("h2", {}, `Said (${s.quotes.length})`, exportButtons("quotes", params({ speaker: s.name }))),
      el("ol", { class: "timeline" }, s.quotes.map((q) =>
        el("li", {}, el("time", {}, q.date || "undated"),
          el("blockquote", { class: q.kind }, q.text),
          el("div", { class: "meta" }, q.speaker_role ? `${q.speaker_role} · ` : "", el("a", { href: `#/article/${encodeURIComponent(q.article_id)}` }, q.headline))))),
      el("h2", {}, "Timeline"),
      el("ol", { class: "timeline" }, timeline.map((t) =>
        el("li", {}, el("time", {}, t.date || "undated"), el("span", { class: "event-type" }, t.what), ` ${t.actor || ""}${t.target ? ` → ${t.target}` : ""}: `,
          el("span", { class: "snippet" }, t.detail && t.detail.length > 140 ? `${t.detail.slice(0, 140)}…` : t.detail))))));
}

// -- graph --------------------------------------------------------------------------------

// a form whose fields are the URL's filters: submitting it sets them in the URL, which renders the view
function filterForm(route, fields) {
  return el("form", { class: "inline-filters", onsubmit: (event) => {
    event.preventDefault();
    location.hash = `${route}?${params(Object.fromEntries(new FormData(event.target)))}`;
  } }, fields.map(([label, attrs]) => el("label", {}, `${label} `, el("input", attrs))), el("button", { type: "submit" }, "Show"));
}

async function renderGraph(query) {
  const state = Object.fromEntries(new URLSearchParams(query));
  const entity = state.entity;
  const g = await api(`/api/graph?${params({ entity, limit: state.limit || 60, min_weight: state.min_weight })}`);
  const controls = filterForm("#/graph", [
    ["Top actors", { name: "limit", type: "number", min: 1, max: 300, value: state.limit || 60 }],
    ["Min. edge weight", { name: "min_weight", type: "number", min: 1, value: state.min_weight || 1 }],
    ["Around actor", { name: "entity", value: entity || "", placeholder: "a name" }],
  ]);
  const holder = el("div", { id: "graph", "aria-label": "actor graph" });
  const legend = el("div", { class: "legend" },
    el("span", { class: "edge-co" }, "co-occur"), el("span", { class: "edge-quote" }, "quotes about"), el("span", { class: "edge-event" }, "events"),
    ...Object.entries(TYPE_COLOURS).map(([type, colour]) => el("span", { style: `border-bottom: 3px solid ${colour}` }, type)));
  view.replaceChildren(el("section", { class: "graph-view" }, el("h1", {}, "Actor graph", entity ? ` around ${entity}` : ""),
    el("p", { class: "meta" }, `${g.nodes.length} actors, ${g.edges.length} edges. Click a node to open its page. Edges: shared articles, quotes about, events between.`),
    controls, legend, holder));
  const maxWeight = Math.max(1, ...g.nodes.map((n) => n.weight));
  const cy = cytoscape({
    container: holder,
    elements: [
      ...g.nodes.map((n) => ({ data: { id: n.name, label: n.name, type: n.type, size: 12 + 22 * (n.weight / maxWeight) } })),
      ...g.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, kind: e.kind, weight: e.weight } })),
    ],
    style: [
      { selector: "node", style: { label: "data(label)", width: "data(size)", height: "data(size)", "font-size": 10, "text-background-color": "#ffffff", "text-background-opacity": 0.75, "text-background-padding": 1,
        "background-color": (n) => TYPE_COLOURS[n.data("type")] || "#475569", color: "#0f172a", "text-valign": "bottom", "text-margin-y": 4 } },
      { selector: "edge", style: { width: (e) => Math.min(8, 1 + e.data("weight")), "line-color": "#cbd5e1", "curve-style": "bezier", opacity: 0.7 } },
      { selector: "edge[kind = 'quotes about']", style: { "line-color": "#f59e0b", "target-arrow-shape": "triangle", "target-arrow-color": "#f59e0b" } },
      { selector: "edge[kind != 'co-occurs'][kind != 'quotes about']", style: { "line-color": "#ef4444", "target-arrow-shape": "triangle", "target-arrow-color": "#ef4444", label: "data(kind)", "font-size": 9 } },
    ],
    layout: { name: "cose", animate: false, nodeRepulsion: () => 600000, idealEdgeLength: () => 140, nodeOverlap: 40, componentSpacing: 120, padding: 30, randomize: false },
  });
  cy.on("tap", "node", (event) => { location.hash = `#/speaker/${encodeURIComponent(event.target.id())}`; });
  window.newsgraphGraph = cy;
}

// -- events and map -----------------------------------------------------------------------

function eventMap(events) {
  // an equirectangular plot around the events: no tiles to download, just the points
  const located = events.filter((e) => e.lat !== null && e.lat !== undefined);
  const svgNS = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(svgNS, "svg");
  svg.setAttribute("viewBox", "0 0 600 300");
  svg.setAttribute("class", "map");
  if (!located.length) return el("p", { class: "meta" }, "No event has a located place yet.");
  const lats = located.map((e) => e.lat), lons = located.map((e) => e.lon);
  const [minLat, maxLat, minLon, maxLon] = [Math.min(...lats) - 2, Math.max(...lats) + 2, Math.min(...lons) - 3, Math.max(...lons) + 3];
  const x = (lon) => 20 + 560 * (lon - minLon) / (maxLon - minLon);
  const y = (lat) => 280 - 260 * (lat - minLat) / (maxLat - minLat);
  const seen = new Map();
  for (const e of located) {
    const key = e.location_name;
    seen.set(key, { e, count: (seen.get(key)?.count || 0) + 1 });
  }
  for (const { e, count } of seen.values()) {
    const dot = document.createElementNS(svgNS, "circle");
    dot.setAttribute("cx", x(e.lon)); dot.setAttribute("cy", y(e.lat)); dot.setAttribute("r", 5 + 3 * Math.sqrt(count));
    dot.setAttribute("class", "map-dot");
    const title = document.createElementNS(svgNS, "title");
    title.textContent = `${e.location_name}: ${count} event(s)`;
    dot.append(title);
    const label = document.createElementNS(svgNS, "text");
    label.setAttribute("x", x(e.lon) + 9); label.setAttribute("y", y(e.lat) + 4);
    label.textContent = `${e.location_name} (${count})`;
    svg.append(dot, label);
  }
  return svg;
}

const EVENTS_PAGE = 100;

async function renderEvents(query) {
  const state = Object.fromEntries(new URLSearchParams(query));
  const filters = { type: state.type, actor: state.actor, near: state.near };
  const page = Math.max(1, Number(state.page) || 1);
  const { rows: events, total } = await apiPage(`/api/events?${params({ ...filters, limit: EVENTS_PAGE, offset: (page - 1) * EVENTS_PAGE })}`);
  const form = filterForm("#/events", [
    ["Type", { name: "type", value: filters.type || "", placeholder: "ASSAULT" }],
    ["Actor", { name: "actor", value: filters.actor || "" }],
    ["Near", { name: "near", value: filters.near || "", placeholder: "a city or country" }],
  ]);
  view.replaceChildren(el("section", { class: "events-view" },
    el("h1", {}, `Events (${total})`, exportButtons("events", params(filters))), form,
    total > events.length ? el("p", { class: "meta" }, `The map shows the ${events.length} events of this page.`) : null, eventMap(events),
    el("div", { class: "table-scroll" }, el("table", { class: "events" },
      el("thead", {}, el("tr", {}, ["date", "type", "actor", "target", "where", "sentence"].map((h) => el("th", {}, h)))),
      el("tbody", {}, events.map((e) => el("tr", {},
        el("td", {}, e.date || ""), el("td", {}, el("span", { class: "event-type" }, e.type)),
        el("td", {}, linkToSpeaker(e.actor_name)), el("td", {}, e.target_name || ""), el("td", {}, e.location_name || ""),
        el("td", { class: "snippet" }, el("a", { href: `#/article/${encodeURIComponent(e.article_id)}` }, e.sentence))))))),
    pager("#/events", state, "page", page, EVENTS_PAGE, total)));
}

// -- routing ------------------------------------------------------------------------------

async function route() {
  const hash = location.hash.slice(1) || "/";
  const [path, query = ""] = hash.split("?");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  view.replaceChildren(el("p", { class: "meta loading" }, "Loading…"));
  try {
    if (parts[0] === "article") await renderArticle(parts[1]);
    else if (parts[0] === "speaker") await renderSpeaker(parts[1]);
    else if (parts[0] === "graph") await renderGraph(query);
    else if (parts[0] === "events") await renderEvents(query);
    else await renderSearch(query);
    view.dataset.ready = hash;
  } catch (error) {
    showError(error);
  }
}

document.getElementById("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  location.hash = `#/search?${params(formQuery())}`;
});
window.addEventListener("hashchange", route);
route();
