"""The throughput benchmark runs and reports both timings and their ratio.

CI runs a small corpus (40 articles); NEWSGRAPH_BENCH_ARTICLES=500 runs the full one.
"""

from __future__ import annotations

import os

from conftest import SHARED
from typer.testing import CliRunner

from newsgraph.bench import assemble_corpus, run_benchmark
from newsgraph.cli import app

ARTICLES = int(os.environ.get("NEWSGRAPH_BENCH_ARTICLES", "40"))


def test_assembled_corpus_is_real_varied_text():
    docs = assemble_corpus(SHARED, ARTICLES)
    assert len(docs) == ARTICLES
    assert len({d.text for d in docs}) == ARTICLES


def test_full_extraction_against_bare_parse():
    result = run_benchmark(assemble_corpus(SHARED, ARTICLES), rounds=2)
    print("\n".join(result.lines()))
    assert result.articles == ARTICLES and result.words > ARTICLES * 100 and len(result.ratios) == 2
    assert result.bare_seconds > 0 and result.full_seconds > 0
    # the goal is 1.3x; a loaded CI machine gets some slack before this fails
    assert result.ratio < 1.6


def test_bench_command_prints_both_and_the_ratio(tmp_path):
    (tmp_path / "a.txt").write_text("Rates rise\n\nThe bank raised rates on Monday, its governor said.\n")
    result = CliRunner().invoke(app, ["bench", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "bare spaCy nlp.pipe" in result.stdout and "ratio full / bare" in result.stdout


def test_the_model_loads_once_per_process_however_it_is_named():
    from newsgraph.extract.nlp import MODEL, load_pipeline

    assert load_pipeline() is load_pipeline(MODEL)


def test_the_attribute_rules_set_what_the_models_ruler_sets():
    """The table-matched rules stand in for the model's attribute_ruler: on sentences that meet its
    patterns (auxiliaries, 'gonna', 'y'all', 'there is', 'Let's', pronouns by case, spaces) the
    matches and every part of speech, morphology and lemma are the ruler's."""
    import spacy
    from spacy.attrs import LEMMA, MORPH, POS, TAG

    from newsgraph.extract.nlp import MODEL, AttributeRules, load_pipeline

    nlp = load_pipeline()
    stock = spacy.load(MODEL, vocab=nlp.vocab)
    ruler = stock.get_pipe("attribute_ruler")
    rules = nlp.get_pipe("newsgraph_attribute_rules")
    assert isinstance(rules, AttributeRules) and "attribute_ruler" not in nlp.pipe_names
    text = (
        "Y'all are gonna hear it from me, said the mayor, who had not been told.\n\n"
        "There is a plan that they gotta follow; let's see what it does and did to you.  "
        "Ol' Sam gets nothin' done, and he got tired of doin' it. Which one is that? I'll go."
    )
    parsed = stock(text, disable=["attribute_ruler", "lemmatizer", "ner"])
    copy = spacy.tokens.Doc(nlp.vocab).from_bytes(parsed.to_bytes())
    assert rules.match(copy) == ruler.match(parsed)
    assert len(ruler.match(parsed)) > len(parsed)  # some tokens meet several rules
    stock.get_pipe("lemmatizer")(ruler(parsed))
    nlp.get_pipe("lemmatizer")(rules(copy))
    assert (copy.to_array([POS, TAG, MORPH, LEMMA]) == parsed.to_array([POS, TAG, MORPH, LEMMA])).all()
    rule_set = [(t.lower_, t.lemma_) for t in copy if t.lower_ in ("gon", "'s", "ol'", "nothin'", "'ll")]
    assert rule_set == [("gon", "go"), ("'s", "us"), ("ol'", "old"), ("nothin'", "nothing"), ("'ll", "will")]
    assert [t.pos_ for t in copy if t.lower_ == "is"] == ["VERB", "AUX"]  # 'There is' is the rules' VERB
