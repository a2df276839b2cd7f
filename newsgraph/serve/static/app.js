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
          articleLink(quote)))),
    searchList("entities", filters, state, "Entities", (e) =>
      el("li", {},
        el("span", { class: "type", style: `background: ${TYPE_COLOURS[e.type] || "#475569"}` }, e.type), " ",
        linkToSpeaker(e.name), " ", codeBadge(e.code), el("span", { class: "meta" }, ` · ${e.articles} article(s)`))),
  ]);
  cards[1].classList.add("wide");
  view.replaceChildren(el("section", { class: "results" }, cards));
}

// -- article ----------------------------------------------------------------------------

// an article's url comes from its input: only a web address becomes a link ("javascript:" never)
function webLink(url) {
  return typeof url === "string" && /^https?:\/\//i.test(url);
}

function highlightedText(text, mentions, quotes, entitiesById) {
  // cut the text at every mention and quote boundary; each piece knows what covers it
  const cuts = new Set([0, text.length]);
  for (const item of mentions) { cuts.add(item.start); cuts.add(item.end); }
  // a quote's own words: its pieces (start, end, start, end ...) leave out what interrupts them
  // ("Overall, she said, a number of ..."); a quote without pieces is its whole span
  const spans = new Map(quotes.map((q) => [q, q.pieces && q.pieces.length
    ? q.pieces.filter((_, n) => n % 2 === 0).map((start, n) => [start, q.pieces[2 * n + 1]])
    : [[q.start, q.end]]]));
  for (const list of spans.values()) for (const [start, end] of list) { cuts.add(start); cuts.add(end); }
  // the words that name each quote's speaker: the evidence for its attribution
  const speakers = quotes.filter((q) => q.speaker_section === "body" && q.speaker_start != null);
  for (const q of speakers) { cuts.add(q.speaker_start); cuts.add(q.speaker_end); }
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const container = el("div", { class: "article-text" });
  for (let i = 0; i < points.length - 1; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const piece = text.slice(start, end);
    // quotes may nest (a belief inside a reported statement): every one covering the piece is
    // drawn, the innermost inside the others, so each quote's own words carry its mark
    const covering = quotes.filter((q) => spans.get(q).some(([s, e]) => s <= start && end <= e))
      .sort((a, b) => (a.end - a.start) - (b.end - b.start));
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
    for (const [depth, quote] of covering.entries()) {
      const who = quote.speaker_name || "unattributed";
      node = el("mark", { class: `quote quote-${quote.kind}${depth ? " outer" : ""}`, "data-quote": quote.quote_id, "data-speaker": who,
        style: `background: ${speakerColour(quote.speaker_name)}`,
        title: [who, quote.speaker_role, quote.cue ? `“${quote.cue}”` : quote.attribution, quote.date].filter(Boolean).join(" · "),
        onclick: (event) => showQuote(event, quote) }, node);
    }
    container.append(node);
  }
  return container;
}

// a quote picked in the text or from a list: its marks are outlined and its speaker's words
// (the evidence for the attribution) too; the first mark is brought into view
function focusQuote(quoteId, scroll = true) {
  const id = String(quoteId);
  const marks = [...document.querySelectorAll("mark.quote")].filter((node) => node.dataset.quote === id);
  // a quote in the headline is the headline's: it is outlined whole
  const headline = document.getElementById("headline");
  if (headline && (headline.dataset.quotes || "").split(" ").includes(id)) marks.push(headline);
  for (const node of document.querySelectorAll(".focused")) node.classList.remove("focused");
  for (const node of marks) node.classList.add("focused");
  for (const node of document.querySelectorAll(".speaker-mention")) {
    node.classList.toggle("evidence", node.dataset.speakerOf.split(" ").includes(id));
  }
  if (scroll && marks.length) marks[0].scrollIntoView({ block: "center" });
}

function showQuote(event, quote) {
  focusQuote(quote.quote_id, false);
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

// the article a quote was found in, opened at that quote
function articleLink(quote) {
  const at = quote.quote_id === undefined || quote.quote_id === null ? "" : `?quote=${encodeURIComponent(quote.quote_id)}`;
  return el("a", { href: `#/article/${encodeURIComponent(quote.article_id)}${at}` }, quote.headline || quote.article_id);
}

async function renderArticle(id, query = "") {
  const a = await api(`/api/articles/${encodeURIComponent(id)}`);
  const entitiesById = Object.fromEntries(a.entities.map((e) => [e.entity_id, e]));
  const body = (list) => list.filter((x) => x.section === "body");
  const legend = el("div", { class: "legend" }, Object.entries(TYPE_COLOURS).map(([type, colour]) =>
    el("span", { style: `border-bottom: 3px solid ${colour}` }, type)));
  view.replaceChildren(
    el("article", { class: "article-view" },
      el("div", { class: "article-main" },
        el("h1", { id: "headline", "data-quotes": a.quotes.filter((q) => q.section === "headline").map((q) => q.quote_id).join(" ") }, a.headline),
        el("div", { class: "meta", id: "dateline" }, dateLine(a), a.tone === null ? "" : ` · tone ${a.tone}`),
        el("div", { class: "meta", id: "source" }, "Source: ",
          webLink(a.url) ? el("a", { href: a.url, rel: "noopener noreferrer", target: "_blank" }, a.url) : a.url || a.source || "unknown"),
        legend,
        highlightedText(a.text, body(a.mentions), body(a.quotes), entitiesById),
        a.captions.length ? el("aside", { class: "captions" }, el("h3", {}, "Photo captions"),
          a.captions.map((c) => el("p", {}, c))) : null),
      el("aside", { class: "side" },
        el("h3", {}, `Quotes (${a.quotes.length})`),
        el("ol", { class: "side-quotes" }, a.quotes.map((q) =>
          el("li", { style: `border-left: 4px solid ${speakerColour(q.speaker_name)}`, class: "side-quote", "data-quote": q.quote_id,
            onclick: (event) => { if (event.target.tagName !== "A") focusQuote(q.quote_id); } },
            linkToSpeaker(q.speaker_name), el("span", { class: "meta" }, ` ${q.kind}${q.cue ? ` · ${q.cue}` : ""}${q.date ? ` · ${q.date}` : ""}`),
            el("div", { class: "snippet" }, q.text.length > 160 ? `${q.text.slice(0, 160)}…` : q.text)))),
        el("h3", {}, `Events (${a.events.length})`),
        el("ul", { class: "side-events" }, a.events.map((e) =>
          el("li", {}, el("span", { class: "event-type" }, e.type), ` ${e.actor_name || "?"} `, codeBadge(e.actor_code),
            ` → ${e.target_name || "—"} `, codeBadge(e.target_code, "target"),
            e.location_name ? el("span", { class: "meta" }, ` @ ${e.location_name}`) : null))),
        el("h3", {}, `Entities (${a.entities.length})`),
        el("ul", { class: "side-entities" }, [...a.entities].sort((x, y) => x.type.localeCompare(y.type) || x.name.localeCompare(y.name)).map((e) =>
          el("li", {}, el("span", { class: "type", style: `background: ${TYPE_COLOURS[e.type] || "#475569"}` }, e.type), " ",
            linkToSpeaker(e.name), " ", codeBadge(e.code)))))));
  const quote = new URLSearchParams(query).get("quote");
  if (quote !== null) focusQuote(quote);
}

// -- speaker, timeline ----------------------------------------------------------------------

async function renderSpeaker(name) {
  const [s, timeline] = await Promise.all([api(`/api/speakers/${encodeURIComponent(name)}`), api(`/api/timeline?${params({ entity: name })}`)]);
  view.replaceChildren(
    el("section", { class: "speaker-view" },
      el("h1", {}, s.name, s.type ? el("span", { class: "type", style: `background: ${TYPE_COLOURS[s.type] || "#475569"}` }, s.type) : null),
      s.code || s.country ? el("div", { class: "actor-code" }, s.code ? ["actor code ", codeBadge(s.code)] : null,
        s.code && s.country ? " · " : null, s.country ? `country ${s.country}` : null) : null,
      s.aliases.length ? el("div", { class: "meta" }, `also written: ${s.aliases.filter((x) => x !== s.name).join(", ")}`) : null,
      s.roles.length ? el("div", { class: "roles" }, "Roles: ", s.roles.join("; ")) : null,
      el("h2", {}, `Said (${s.quotes.length})`, exportButtons("quotes", params({ speaker: s.name }))),
      el("ol", { class: "timeline" }, s.quotes.map((q) =>
        el("li", {}, el("time", {}, q.date || "undated"),
          el("blockquote", { class: q.kind }, q.text),
          el("div", { class: "meta" }, q.speaker_role ? `${q.speaker_role} · ` : "", articleLink(q))))),
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

// the graph's edge kinds as the page groups them: every event type is one "events" group
const EDGE_GROUPS = { "co-occurs": "shared articles", "quotes about": "quotes about", events: "events" };
const edgeGroup = (kind) => (kind in EDGE_GROUPS ? kind : "events");

// fcose (cytoscape-fcose): a spectral start refined by forces, so each cluster of actors that
// share articles is pulled together and pushed away from the others
const GRAPH_LAYOUT = {
  name: "fcose", quality: "proof", animate: false, randomize: true, padding: 30,
  nodeDimensionsIncludeLabels: true, nodeSeparation: 90, nodeRepulsion: () => 20000,
  idealEdgeLength: (edge) => 70 + 60 / edge.data("weight"), edgeElasticity: () => 0.3, gravity: 0.4,
};

async function renderGraph(query) {
  const state = Object.fromEntries(new URLSearchParams(query));
  const entity = state.entity;
  const hidden = new Set((state.hide || "").split(",").filter((group) => group in EDGE_GROUPS));
  const g = await api(`/api/graph?${params({ entity, limit: state.limit || 60, min_weight: state.min_weight })}`);
  const controls = filterForm("#/graph", [
    ["Top actors", { name: "limit", type: "number", min: 1, max: 300, value: state.limit || 60 }],
    ["Min. edge weight", { name: "min_weight", type: "number", min: 1, value: state.min_weight || 1 }],
    ["Around actor", { name: "entity", value: entity || "", placeholder: "a name" }],
  ]);
  const holder = el("div", { id: "graph", "aria-label": "actor graph" });
  const counts = Object.fromEntries(Object.keys(EDGE_GROUPS).map((group) => [group, g.edges.filter((e) => edgeGroup(e.kind) === group).length]));
  // the checked edge kinds are shown; which are hidden is kept in the URL (without re-rendering)
  const toggle = () => {
    hidden.clear();
    for (const box of document.querySelectorAll(".edge-toggles input")) if (!box.checked) hidden.add(box.value);
    cy.edges().forEach((edge) => { edge.toggleClass("hidden", hidden.has(edgeGroup(edge.data("kind")))); });
    cy.elements().not(".hidden").layout(GRAPH_LAYOUT).run();
    history.replaceState(null, "", `#/graph?${params({ ...state, hide: [...hidden].join(",") })}`);
  };
  const toggles = el("fieldset", { class: "edge-toggles" }, el("legend", {}, "Edges"),
    Object.entries(EDGE_GROUPS).map(([group, label]) => el("label", { class: `edge-${group.split(" ")[0]}` },
      el("input", { type: "checkbox", value: group, checked: !hidden.has(group), onchange: toggle }), ` ${label} (${counts[group]})`)));
  const legend = el("div", { class: "legend" },
    ...Object.entries(TYPE_COLOURS).map(([type, colour]) => el("span", { style: `border-bottom: 3px solid ${colour}` }, type)));
  view.replaceChildren(el("section", { class: "graph-view" }, el("h1", {}, "Actor graph", entity ? ` around ${entity}` : ""),
    el("p", { class: "meta" }, `${g.nodes.length} actors, ${g.edges.length} edges. Click a node to open its page. Edges: shared articles, quotes about, events between.`),
    controls, toggles, legend, holder));
  const maxWeight = Math.max(1, ...g.nodes.map((n) => n.weight));
  const cy = cytoscape({
    container: holder,
    elements: [
      ...g.nodes.map((n) => ({ data: { id: n.name, label: n.name, type: n.type, size: 12 + 22 * (n.weight / maxWeight) } })),
      ...g.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, kind: e.kind, weight: e.weight },
        classes: hidden.has(edgeGroup(e.kind)) ? "hidden" : "" })),
    ],
    style: [
      { selector: "node", style: { label: "data(label)", width: "data(size)", height: "data(size)", "font-size": 10, "text-background-color": "#ffffff", "text-background-opacity": 0.75, "text-background-padding": 1,
        "background-color": (n) => TYPE_COLOURS[n.data("type")] || "#475569", color: "#0f172a", "text-valign": "bottom", "text-margin-y": 4 } },
      { selector: "edge", style: { width: (e) => Math.min(8, 1 + e.data("weight")), "line-color": "#cbd5e1", "curve-style": "bezier", opacity: 0.8 } },
      // co-occurrence is most of the edges: drawn faint, so quotes and events stand out
      { selector: "edge[kind = 'co-occurs']", style: { opacity: 0.35 } },
      { selector: "edge[kind = 'quotes about']", style: { "line-color": "#f59e0b", "target-arrow-shape": "triangle", "target-arrow-color": "#f59e0b" } },
      { selector: "edge[kind != 'co-occurs'][kind != 'quotes about']", style: { "line-color": "#ef4444", "target-arrow-shape": "triangle", "target-arrow-color": "#ef4444", label: "data(kind)", "font-size": 9 } },
      { selector: ".hidden", style: { display: "none" } },
    ],
  });
  if (g.nodes.length) cy.elements().not(".hidden").layout(GRAPH_LAYOUT).run();
  cy.on("tap", "node", (event) => { location.hash = `#/speaker/${encodeURIComponent(event.target.id())}`; });
  window.newsgraphGraph = cy;
}

// -- events and map -----------------------------------------------------------------------

let countryShapes = null;  // the countries' outlines (Natural Earth, from world-atlas), loaded once

async function countryOutlines() {
  if (!countryShapes) {
    const world = await api("/static/vendor/countries-110m.json");
    // Antarctica is left out: no news event lies there, and its outline circles the pole
    countryShapes = topojson.feature(world, world.objects.countries).features.filter((f) => f.properties.name !== "Antarctica");
  }
  return countryShapes;
}

// the smallest view shown, in degrees: one city's events still show its country around it
const MAP_MIN_SPAN = { lon: 14, lat: 9 };

// an equirectangular projection of the places' box (with a margin) onto width × height pixels,
// east-west distances shrunk by the cosine of the middle latitude as on a globe
function mapProjection(places, width, height) {
  const lons = places.map((p) => p.lon), lats = places.map((p) => p.lat);
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const midLon = (west + east) / 2, midLat = (south + north) / 2;
  const lonSpan = Math.min(360, Math.max(MAP_MIN_SPAN.lon, (east - west) * 1.3));
  const latSpan = Math.min(170, Math.max(MAP_MIN_SPAN.lat, (north - south) * 1.3));
  const shrink = Math.max(0.35, Math.cos((midLat * Math.PI) / 180));
  const scale = Math.min(width / (lonSpan * shrink), height / latSpan);
  return { x: (lon) => width / 2 + (lon - midLon) * scale * shrink, y: (lat) => height / 2 - (lat - midLat) * scale };
}

function ringPath(ring, project) {
  let previous = null, shift = 0;
  return ring.map(([lon, lat], i) => {
    // a ring crossing the antimeridian goes on past ±180° rather than jumping across the map
    if (previous !== null && Math.abs(lon + shift - previous) > 180) shift += previous > lon + shift ? 360 : -360;
    previous = lon + shift;
    return `${i ? "L" : "M"}${project.x(lon + shift).toFixed(1)},${project.y(lat).toFixed(1)}`;
  }).join("") + "Z";
}

function countryPath(feature, project) {
  const polygons = feature.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  return polygons.flat().map((ring) => ringPath(ring, project)).join("");
}

const overlaps = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

// labels beside their dots, biggest places first; a label that would overlap a dot or another
// label, or leave the map, is left out (its dot keeps its name as a tooltip)
function placeLabels(dots, width, height) {
  const measure = document.createElement("canvas").getContext("2d");
  measure.font = `600 12px ${getComputedStyle(document.body).fontFamily}`;
  const taken = dots.map((d) => ({ left: d.x - d.r, right: d.x + d.r, top: d.y - d.r, bottom: d.y + d.r }));
  const labels = [];
  for (const d of dots) {
    const w = measure.measureText(d.label).width + 4, h = 15;
    const box = [[d.x + d.r + 2, d.y - h / 2], [d.x - d.r - 2 - w, d.y - h / 2], [d.x - w / 2, d.y - d.r - 1 - h], [d.x - w / 2, d.y + d.r + 1]]
      .map(([left, top]) => ({ left, top, right: left + w, bottom: top + h }))
      .find((b) => b.left >= 0 && b.top >= 0 && b.right <= width && b.bottom <= height && !taken.some((t) => overlaps(b, t)));
    if (box) {
      taken.push(box);
      labels.push({ dot: d, box });
    }
  }
  return labels;
}

function svgEl(tag, attrs = {}, text = null) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  if (text !== null) node.textContent = text;
  return node;
}

// the events' places on country outlines, each dot's area the place's number of events
async function drawMap(holder, places) {
  if (!places.length) {
    holder.replaceChildren(el("p", { class: "meta" }, "No event of this list has a located place."));
    return;
  }
  const outlines = await countryOutlines();
  const width = Math.round(holder.clientWidth), height = Math.round(Math.min(420, Math.max(200, width * 0.5)));
  const project = mapProjection(places, width, height);
  const most = Math.max(...places.map((p) => p.events));
  const dots = places.map((p) => ({ place: p, x: project.x(p.lon), y: project.y(p.lat), r: 4 + 10 * Math.sqrt(p.events / most), label: `${p.name} (${p.events})` }));
  const svg = svgEl("svg", { viewBox: `0 0 ${width} ${height}`, width, height, class: "map", role: "img", "aria-label": "map of the events' places" });
  svg.append(svgEl("rect", { width, height, class: "sea" }));
  for (const feature of outlines) {
    const country = svgEl("path", { d: countryPath(feature, project), class: "country", "fill-rule": "evenodd" });
    country.append(svgEl("title", {}, feature.properties.name));
    svg.append(country);
  }
  for (const d of dots) {
    const dot = svgEl("circle", { cx: d.x.toFixed(1), cy: d.y.toFixed(1), r: d.r.toFixed(1), class: "map-dot", "data-place": d.place.name, "data-events": d.place.events });
    dot.append(svgEl("title", {}, `${d.place.name}: ${d.place.events} event(s)`));
    dot.addEventListener("click", () => { location.hash = `#/events?${params({ near: d.place.name })}`; });
    svg.append(dot);
  }
  const labels = placeLabels(dots, width, height);
  for (const { dot, box } of labels) svg.append(svgEl("text", { x: (box.left + 2).toFixed(1), y: (box.bottom - 4).toFixed(1), class: "map-label" }, dot.label));
  const hidden = dots.length - labels.length;
  holder.replaceChildren(svg, el("p", { class: "meta map-note" },
    `${places.length} place(s). A dot's area is its number of events; click one for the events near it.`,
    hidden ? ` ${hidden} label(s) left out where they would overlap (point at a dot for its name).` : "",
    " Outlines: Natural Earth."));
}

// an actor's CAMEO-style code; it links to the events with that code as actor (or target)
function codeBadge(code, role = "actor") {
  return code ? el("a", { class: "code", href: `#/events?${params({ [`${role}_code`]: code })}`, title: `events with ${role} code ${code}` }, code) : null;
}

const EVENTS_PAGE = 100;
const EVENT_FILTERS = ["type", "actor", "actor_code", "target_code", "near"];

async function renderEvents(query) {
  const state = Object.fromEntries(new URLSearchParams(query));
  const filters = Object.fromEntries(EVENT_FILTERS.map((name) => [name, state[name]]));
  const page = Math.max(1, Number(state.page) || 1);
  const [{ rows: events, total }, places] = await Promise.all([
    apiPage(`/api/events?${params({ ...filters, limit: EVENTS_PAGE, offset: (page - 1) * EVENTS_PAGE })}`),
    api(`/api/events/places?${params(filters)}`)]);
  const form = filterForm("#/events", [
    ["Type", { name: "type", value: filters.type || "", placeholder: "ASSAULT" }],
    ["Actor", { name: "actor", value: filters.actor || "" }],
    ["Actor code", { name: "actor_code", value: filters.actor_code || "", placeholder: "IRN, SYRGOV", pattern: "[A-Za-z]*" }],
    ["Target code", { name: "target_code", value: filters.target_code || "", placeholder: "SYR", pattern: "[A-Za-z]*" }],
    ["Near", { name: "near", value: filters.near || "", placeholder: "a city or country" }],
  ]);
  const located = places.reduce((sum, p) => sum + p.events, 0);
  const holder = el("div", { class: "map-holder" });
  view.replaceChildren(el("section", { class: "events-view" },
    el("h1", {}, `Events (${total})`, exportButtons("events", params(filters))), form,
    el("p", { class: "meta" }, `The map shows the ${located} of these ${total} events whose place is located.`), holder,
    el("div", { class: "table-scroll" }, el("table", { class: "events" },
      el("thead", {}, el("tr", {}, ["date", "type", "actor", "target", "where", "sentence"].map((h) => el("th", {}, h)))),
      el("tbody", {}, events.map((e) => el("tr", {},
        el("td", {}, e.date || ""), el("td", {}, el("span", { class: "event-type" }, e.type)),
        el("td", { class: "actor" }, linkToSpeaker(e.actor_name), " ", codeBadge(e.actor_code)),
        el("td", { class: "target" }, e.target_name || "", " ", codeBadge(e.target_code, "target")), el("td", {}, e.location_name || ""),
        el("td", { class: "snippet" }, el("a", { href: `#/article/${encodeURIComponent(e.article_id)}` }, e.sentence))))))),
    pager("#/events", state, "page", page, EVENTS_PAGE, total)));
  await drawMap(holder, places);
}

// -- routing ------------------------------------------------------------------------------

// one view at a time: a route that starts while another is still loading waits for it, so a
// slow first page can never paint over the search the reader asked for after it
let routing = Promise.resolve();
function route() {
  routing = routing.then(renderRoute, renderRoute);
  return routing;
}

async function renderRoute() {
  const hash = location.hash.slice(1) || "/";
  const [path, query = ""] = hash.split("?");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  popover.hidden = true;  // a quote's card belongs to the page it was opened on
  view.replaceChildren(el("p", { class: "meta loading" }, "Loading…"));
  try {
    if (parts[0] === "article") await renderArticle(parts[1], query);
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
