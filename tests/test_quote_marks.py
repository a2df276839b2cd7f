"""The quote-mark finder and the cleaner on any input: offsets valid, spans ordered, no crash."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.clean import clean_document
from newsgraph.extract.quote_marks import find_quotes
from newsgraph.schema import ArticleRecord, RawDocument

MARKS = st.sampled_from(['"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00ab", "\u00bb", "\n", "\n\n", " ", ", ", ". "])
TEXT = st.lists(st.one_of(MARKS, st.text(min_size=0, max_size=12)), max_size=60).map("".join)


def texts(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


def test_curly_opener_closed_by_straight_mark_and_the_reverse():
    assert texts('A said \u201cwe will win," and left. B said "we will lose\u201d today.') == ["we will win,", "we will lose"]


def test_an_opening_mark_typed_where_the_closer_belongs_closes():
    text = "\u201cIt is late,\u201c said Ann Roe, the clerk. \u201cWe close at nine.\u201d"
    assert texts(text) == ["It is late,", "We close at nine."]


def test_nested_single_quotes_stay_inside():
    assert texts('"The target of the \'Aleppo sedition\' is Iran."') == ["The target of the 'Aleppo sedition' is Iran."]


def test_apostrophes_are_not_marks():
    assert texts("Syria\u2019s army and the rebels\u2019 leaders met at Hay\u2019at headquarters.") == []


def test_quotation_over_paragraphs():
    text = "\u201cFirst part.\n\n\u201cSecond part.\u201d"
    (q,) = find_quotes(text)
    assert [text[a:b] for a, b in q.pieces] == ["First part.", "Second part."]


def test_two_backquotes_open_what_two_apostrophes_close():
    # wire archives open a quotation with two backquotes, also on each new paragraph
    text = "``It is late,'' said Ann Roe. ``We close at nine.\n\n``Come back tomorrow.''"
    spans = find_quotes(text)
    assert [[text[a:b] for a, b in q.pieces] for q in spans] == [["It is late,"], ["We close at nine.", "Come back tomorrow."]]


def test_unclosed_quotation_ends_with_its_paragraph():
    text = "He said \u201cthis never closes\n\nNext paragraph."
    (q,) = find_quotes(text)
    assert text[q.start : q.end] == "this never closes" and q.close_mark is None


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_quote_offsets_always_index_the_text(text):
    spans = find_quotes(text)
    for q in spans:
        assert 0 <= q.open_mark < q.start <= q.end <= len(text)
        for a, b in q.pieces:
            assert q.start <= a <= b <= q.end
    doubles = [q for q in spans if not q.single]
    for earlier, later in zip(doubles, doubles[1:]):
        assert earlier.end <= later.open_mark  # double-quoted spans never overlap


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_cleaner_offsets_map_into_the_raw_text(text):
    if not text.strip():
        return
    article = clean_document(RawDocument("p", "txt", text, id="p"))
    for section, value in [("headline", article.headline), ("body", article.text)]:
        for seg in article.segments[section]:
            assert value[seg.start : seg.start + seg.length] == text[seg.raw_start : seg.raw_start + seg.length]


ARTICLE_TEXT = st.lists(
    st.one_of(
        MARKS,
        st.sampled_from(["said", "He", "It", "Reuters", " the minister ", "Iran", "(HTS)", "\u202eright-to-left", "\U0001F600", "\x00"]),
        st.text(max_size=10),
    ),
    max_size=80,
).map("".join)


@settings(max_examples=40, deadline=None)
@given(ARTICLE_TEXT)
def test_whole_pipeline_never_raises_and_offsets_hold(extractor, text):
    if not text.strip():
        return
    raw = RawDocument("p", "txt", text, id="p")
    (result,) = list(extractor.extract([clean_document(raw)]))
    if not isinstance(result, ArticleRecord):
        return  # reported as an error, which is allowed; raising is not
    a = result.article
    sections = {"body": a.text, "headline": a.headline}
    for q in result.quotes:
        value = sections.get(q.section) if q.section != "caption" else a.captions[q.caption]
        assert 0 <= q.start <= q.end <= len(value)
    for e in result.entities:
        for m in e.mentions:
            value = sections.get(m.section) if m.section != "caption" else a.captions[m.caption]
            assert value[m.start : m.end] == m.text


def test_a_failing_component_becomes_that_articles_error(extractor):
    from newsgraph.extract.nlp import guarded

    class Explodes:
        @guarded("exploding_component")
        def __call__(self, doc):
            raise ValueError("boom")

    doc = Explodes()(extractor.nlp.make_doc("Some text."))
    assert doc.user_data["failure"] == "extraction failed in exploding_component: ValueError: boom"


def test_ten_thousand_quote_marks(extractor):
    import time

    text = "Marks galore\n\n" + " ".join(['"a" said "b"'] * 2500)
    started = time.perf_counter()
    spans = find_quotes(text)
    assert len(spans) == 5000 and time.perf_counter() - started < 2
    (result,) = list(extractor.extract([clean_document(RawDocument("q", "txt", text, id="q"))]))
    assert isinstance(result, ArticleRecord)


def test_two_apostrophes_are_a_double_quote_mark(extract_text):
    # newspaper archives write double marks as two apostrophes
    r = extract_text("Harbor\n\n''We will rebuild the harbor,'' the mayor said on Monday. She called the delay ''a disgrace.''\n")
    assert [(q.text, q.kind, q.speaker.text) for q in r.quotes] == [
        ("We will rebuild the harbor,", "direct", "the mayor"), ("a disgrace.", "direct", "She"),
    ]
    # and open them with two backquotes, which are one token, so "Ten years ago" stays a date
    r = extract_text("Harbor\n\n``Ten years ago nobody knew this town,'' the mayor said on Monday.\n", date="1999-05-06")
    assert [(q.text, q.speaker.text) for q in r.quotes] == [("Ten years ago nobody knew this town,", "the mayor")]
    assert [(t.text, t.value) for t in r.timexes if t.section == "body"][:1] == [("Ten years ago", "1989")]
