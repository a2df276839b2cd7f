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


TEXT_FOR_THE_RULES = (
    "Y'all are gonna hear it from me, said the mayor, who had not been told.\n\n"
    "There is a plan that they gotta follow; let's see what it does and did to you.  "
    "Ol' Sam gets nothin' done, and he got tired of doin' it. Which one is that? I'll go. "
    "The ministers were meeting; the ministry spokeswomen denied the better offers, saying prices rose."
)


def test_the_attribute_rules_match_what_the_models_ruler_matches():
    """The table-matched rules stand in for the model's attribute_ruler: on sentences that meet its
    patterns (auxiliaries, 'gonna', 'y'all', 'there is', 'Let's', pronouns by case, spaces) the
    matches are the ruler's."""
    import spacy

    from newsgraph.extract.nlp import MODEL, AttributeRules, load_pipeline

    nlp = load_pipeline()
    stock = spacy.load(MODEL, vocab=nlp.vocab)
    ruler = stock.get_pipe("attribute_ruler")
    rules = nlp.get_pipe("attribute_ruler")
    assert isinstance(rules, AttributeRules)
    parsed = stock(TEXT_FOR_THE_RULES, disable=["attribute_ruler", "lemmatizer", "ner"])
    assert rules.match(parsed) == ruler.match(parsed)
    assert len(ruler.match(parsed)) > len(parsed)  # some tokens meet several rules


def test_the_parse_is_the_models_own():
    """With the attribute rules and the lemmas from tables, every token's part of speech, tag,
    morphology, lemma and dependency is what the model's own pipeline gives."""
    import spacy
    from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

    from newsgraph.extract.nlp import MODEL, Lemmas, load_pipeline

    nlp = load_pipeline()
    assert isinstance(nlp.get_pipe("lemmatizer"), Lemmas)
    assert nlp.get_pipe("lemmatizer").lookups.has_table("lemma_index")  # read by the entity fixer
    stock = spacy.load(MODEL, vocab=nlp.vocab)
    stock.add_pipe("newsgraph_paragraphs", before="parser")
    ours = nlp(TEXT_FOR_THE_RULES)
    theirs = stock(TEXT_FOR_THE_RULES)
    attrs = [POS, TAG, MORPH, LEMMA, DEP, HEAD]
    assert (ours.to_array(attrs) == theirs.to_array(attrs)).all()
    set_by_rules = [(t.lower_, t.lemma_) for t in ours if t.lower_ in ("gon", "'s", "ol'", "nothin'", "'ll")]
    assert set_by_rules == [("gon", "go"), ("'s", "us"), ("ol'", "old"), ("nothin'", "nothing"), ("'ll", "will")]
    assert [t.pos_ for t in ours if t.lower_ == "is"] == ["VERB", "AUX"]  # 'There is' is the rules' VERB
    by_lemmatizer = [(t.text, t.lemma_) for t in ours if t.text in ("ministers", "spokeswomen", "better", "rose", "meeting")]
    assert by_lemmatizer == [("ministers", "minister"), ("meeting", "meet"), ("spokeswomen", "spokeswoman"),
                             ("better", "well"), ("rose", "rise")]
