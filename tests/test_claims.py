"""Claims from sentences: the seed sentence, subjects from structure, conventions, bad input."""

from __future__ import annotations

from functools import partial
from typing import Any

import pytest
from spacy.language import Language

from pipeline.claims import (
    CLAIM_METRICS,
    CLAIM_UNITS,
    claim_to_record,
    extract_claims,
    extract_claims_batch,
    tidy_subject,
)
from pipeline.metric_model import rules_only
from pipeline.models import Claim
from pipeline.subject_model import subjects_seen


def numeric(claims: list[Claim]) -> list[Claim]:
    return [c for c in claims if c.kind == "numeric"]


def value_unit_metric(text: str, nlp: Language) -> list[tuple[float, str, str]]:
    """Each numeric claim's value, unit and metric: what the reviews of units and metrics check."""
    return [(c.value, c.unit, c.metric) for c in numeric(extract_claims(text, nlp))]


SEED = "China processes 140 trillion AI tokens daily, surpassing previous benchmarks."


def test_seed_sentence(nlp: Language) -> None:
    claims = numeric(extract_claims(SEED, nlp))
    assert len(claims) == 1
    claim = claims[0]
    assert claim.subject == "China"
    assert claim.metric == "tokens_processed"
    assert claim.value == pytest.approx(1.4e14)
    assert claim.unit == "tokens"
    assert claim.period == "day"
    assert claim.bound == "="
    assert SEED[claim.start : claim.end] == claim.surface == "140 trillion"
    assert claim.hedged is False


def rounded(claims: list[tuple[float, str, str]]) -> list[tuple[float, str, str]]:
    """(value, unit, metric) with values to six places: "two-thirds" is 66.666666..., however it is written."""
    return [(round(v, 6), u, m) for v, u, m in claims]


def one_claim(text: str, nlp: Language) -> Claim:
    claims = numeric(extract_claims(text, nlp))
    assert len(claims) == 1, [claim_to_record(c) for c in claims]
    assert text[claims[0].start : claims[0].end] == claims[0].surface
    return claims[0]


@pytest.mark.parametrize(
    ("text", "subject", "metric", "value", "unit"),
    [
        ("Menlo Ventures closed a deal to invest $750 million in Anthropic.", "Anthropic", "funding", 7.5e8, "USD"),
        ("OpenRouter has raised a $113 million Series B led by CapitalG.", "OpenRouter", "funding", 1.13e8, "USD"),
        ("Databricks said it is now valued at $62 billion.", "Databricks", "valuation", 6.2e10, "USD"),
        ("Llama 2 was pretrained on 2 trillion tokens of data.", "Llama 2", "training_tokens", 2e12, "tokens"),
        ("PaLM is 540 billion parameters in size.", "PaLM", "parameters", 5.4e11, "parameters"),
        ("bitnet.cpp can run a 100B BitNet b1.58 model on a single CPU.", "BitNet b1.58", "parameters", 1e11, "parameters"),
        ("DeepSeek-V3 requires only 2.788M H800 GPU hours for its full training.", "DeepSeek-V3", "gpu_hours", 2.788e6, "GPU-hours"),
        ("That's a total of 576 chips to serve the Mixtral model.", None, "accelerator_count", 576.0, "accelerators"),
        ("India's data center capacity reached 1.5 gigawatts.", "India", "power", 1.5e9, "W"),
        ("The model supports a context window of 128K tokens.", None, "context_length", 1.28e5, "tokens"),
        ("The speedrun is a 4e19 FLOPs capability model.", None, "training_compute", 4e19, "FLOP"),
        ("Rubin reaches as high as 50 petaflops.", "Rubin", "chip_performance", 5e16, "FLOP/s"),
        ("OpenAI says ChatGPT now has 800 million weekly active users.", "ChatGPT", "users", 8e8, "users"),
        ("Llama models passed 100 million downloads.", "Llama", "downloads", 1e8, "downloads"),
        ("Nvidia's market share reached 92% in data center GPUs.", "Nvidia", "market_share", 92.0, "percent"),
        ("The model runs at 300 tokens per second on Groq.", None, "throughput", 300.0, "tokens/s"),
        ("Blackwell accounted for $27 billion of those sales.", "Blackwell", "revenue", 2.7e10, "USD"),
    ],
)
def test_metric_unit_and_subject(text: str, subject: str | None, metric: str, value: float, unit: str, nlp: Language) -> None:
    claim = one_claim(text, nlp)
    assert (claim.metric, claim.unit) == (metric, unit)
    assert claim.value == pytest.approx(value)
    if subject is not None:
        assert claim.subject is not None and subject.lower() in claim.subject.lower()


def test_prices_are_per_million_tokens(nlp: Language) -> None:
    claims = numeric(extract_claims("o3-pro is priced at $20 per million input tokens and $80 per million output tokens.", nlp))
    assert [(c.metric, c.value, c.unit) for c in claims] == [
        ("price_per_million_tokens", 20.0, "USD"), ("price_per_million_tokens", 80.0, "USD")]
    claim = one_claim("The API costs $0.002 per 1,000 tokens.", nlp)
    assert claim.metric == "price_per_million_tokens"
    assert claim.value == pytest.approx(2.0)


def test_periods(nlp: Language) -> None:
    claims = numeric(extract_claims("It claims 100 trillion tokens processed per month, or about 25 trillion per week.", nlp))
    assert [(c.value, c.unit, c.period, c.bound) for c in claims] == [
        (1e14, "tokens", "month", "="), (2.5e13, "tokens", "week", "~")]
    run_rate = one_claim("Databricks reached a $5.4 billion revenue run rate.", nlp)
    assert (run_rate.metric, run_rate.period) == ("revenue", "year")
    growth = one_claim("Revenue grew 65% year-over-year.", nlp)
    assert (growth.metric, growth.period) == ("growth", "year")


def test_bounds_ranges_and_multipliers(nlp: Language) -> None:
    ranged = one_claim("Llama 2 ranges in scale from 7 billion to 70 billion parameters.", nlp)
    assert (ranged.value, ranged.value_high, ranged.metric) == (7e9, 7e10, "parameters")
    bounded = one_claim("PSP Investments will co-lead a funding round of at least $500 million in Cohere.", nlp)
    assert (bounded.bound, bounded.subject, bounded.metric) == (">=", "Cohere", "funding")
    faster = one_claim("Nvidia said Rubin chips run 3.5x faster than Blackwell on training.", nlp)
    assert (faster.value, faster.unit, faster.metric) == (3.5, "other", "chip_performance")


def test_change_from_to_gives_two_figures(nlp: Language) -> None:
    claims = numeric(extract_claims("WeWork had its valuation slashed from $47 billion to $8 billion.", nlp))
    assert [(c.value, c.metric, c.subject) for c in claims] == [(4.7e10, "valuation", "WeWork"), (8e9, "valuation", "WeWork")]


def test_hedging_and_attribution(nlp: Language) -> None:
    hedged = one_claim("Anthropic reportedly expects revenue of $10.9 billion.", nlp)
    assert hedged.hedged is True
    plain = one_claim("According to IDC, shipments reached 12 million units.", nlp)
    assert plain.hedged is False
    assert plain.attribution == "according to IDC"
    said = one_claim("The company said it raised $300 million.", nlp)
    assert said.attribution == "The company said"
    assert said.hedged is False


@pytest.mark.parametrize(
    "text",
    [
        "2024.02.05: We released the Qwen1.5 series.",
        "Linux with Python 3.10 only.",
        "We report results for Qwen2.5-72B because the base checkpoint for Qwen3-235B-A22B was not open-sourced.",
        "Because Llama 3.2’s 1B and 3B models are smaller than Llama 3.1 405B, the tests apply.",
        "The lawsuit dates back to March 2024, when the xAI CEO first filed a claim.",
        "1. Install the package and run it on GPT-4o.",
        "Four people familiar with the deal said talks continue.",
        "The company was founded in 2015 and will open offices over the next five years.",
        "[3] See the appendix for the H100-80GB results.",
        "Apple replaced the mini with the new iPhone 14 Plus.",
    ],
)
def test_sentences_without_claims(text: str, nlp: Language) -> None:
    assert numeric(extract_claims(text, nlp)) == []


def test_model_size_after_a_name_is_not_a_claim(nlp: Language) -> None:
    assert numeric(extract_claims("Llama 3.1 405B's results are strong.", nlp)) == []
    # the tagger reads a sentence-opening "DeepSeek" as a verb, but the NER knows it for a company's name
    assert numeric(extract_claims("DeepSeek 67B and DeepSeek-V2 were released in 2023 and 2024.", nlp)) == []
    assert one_claim("We trained a 7B LLaMA model.", nlp).metric == "parameters"


def test_restatement_is_one_claim(nlp: Language) -> None:
    claim = one_claim("The run used 2.56×10²⁴ (2.56e24) FLOP of training compute.", nlp)
    assert claim.value == pytest.approx(2.56e24)


def test_qualitative_claims(nlp: Language) -> None:
    claims = extract_claims("DeepSeek V4 surpasses GPT-4o on coding.", nlp)
    qualitative = [c for c in claims if c.kind == "qualitative"]
    assert qualitative and qualitative[0].value is None
    assert qualitative[0].subject == "DeepSeek V4"
    assert qualitative[0].comparison and "GPT-4o" in qualitative[0].comparison


def test_paragraph_offsets_and_context_subject(nlp: Language) -> None:
    text = "OpenRouter is an AI gateway. It claims 8 million global users."
    claim = one_claim(text, nlp)
    assert text[claim.start : claim.end] == "8 million"
    assert claim.subject == "OpenRouter"
    assert claim.sentence == "It claims 8 million global users."


def test_record_fields(nlp: Language) -> None:
    record = claim_to_record(one_claim(SEED, nlp))
    assert list(record)[:13] == [
        "subject", "metric", "value", "value_high", "unit", "period", "benchmark", "bound", "surface",
        "start", "end", "attribution", "hedged"]
    assert record["kind"] == "numeric"


def test_batch_keeps_order_and_skips_parser_when_nothing_to_find(nlp: Language) -> None:
    texts = ["No figures here at all.", SEED, "", "Version 3.10.2 is out."]
    found = extract_claims_batch(texts, nlp)
    assert [len(numeric(c)) for c in found] == [0, 1, 0, 0]

    class NoParser:
        def pipe(self, *args: object, **kwargs: object) -> object:
            raise AssertionError("the parser must not run on sentences without candidates")

    assert extract_claims_batch(["No figures here.", "It launched in 2024."], NoParser()) == [[], []]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "The model " + "really " * 5000 + "processes 140 trillion tokens daily.",
        "x" * 100_000 + " 5 billion users",
        "China processes 140 trillion tokens daily" * 200,
        "数据显示 China processes 140 trillion AI tokens daily、Ünïcödé ١٢٣ 𝟏𝟐𝟑 $5bn",
        "It raised $" + "9" * 2000 + " billion.",
        "1" * 2000,
        "\x00\x01 $5 million \ud800".encode("utf-8", "replace").decode("utf-8"),
    ],
)
def test_bad_input_never_crashes(text: str, nlp: Language) -> None:
    claims = extract_claims(text, nlp)
    for claim in claims:
        assert 0 <= claim.start <= claim.end <= len(text)
        assert claim.value is None or claim.value == claim.value


def test_a_very_long_paragraph_reads_every_sentence_as_its_own(nlp: Language) -> None:
    """A whole page sent as one text: each sentence keeps its own figure and subject, none lost at the far end
    (this once took minutes, as every sentence re-read the whole page's entities)."""
    names = ["Anthropic", "Mistral AI", "Cohere", "Perplexity"]
    text = " ".join(f"{names[i % 4]} raised ${i + 1} million in its round." for i in range(1200))
    claims = numeric(extract_claims(text, nlp))
    assert [c.value for c in claims] == [(i + 1) * 1e6 for i in range(1200)]
    assert all(c.subject == names[i % 4] and c.metric == "funding" for i, c in enumerate(claims))


def test_sentence_entities_read_once_match_spacy(nlp: Language) -> None:
    from pipeline.claims import _ent_span, _ents_in

    doc = nlp("Nvidia sold 3 million H100 chips.\nMeta trained Llama 3 on 15T tokens, said Mark Zuckerberg. "
              "OpenAI and Microsoft agreed.")
    for sent in doc.sents:
        assert [(e.start, e.end, e.label_) for e in _ents_in(sent)] == [(e.start, e.end, e.label_) for e in sent.ents]
    for tok in doc:
        inside = [e for e in doc.ents if e.start <= tok.i < e.end]
        found = _ent_span(tok)
        assert (found.start, found.end) == (inside[0].start, inside[0].end) if inside else found is None


@pytest.mark.parametrize(
    ("text", "surface", "subject", "metric"),
    [
        # possessives and the owner of a figure
        ("ByteScale's platform processes 30 trillion tokens per day.", "30 trillion tokens per day", "ByteScale",
         "tokens_processed"),
        ("Anthropic is weighing a listing for its AI unit, which some investors value at $40 billion.", "$40 billion",
         "Anthropic", "valuation"),
        # funding goes to whoever receives it
        ("SoftBank awarded a $250,000 grant to Anthropic.", "$250,000", "Anthropic", "funding"),
        # a dateline is not the subject
        ("SAN FRANCISCO — Anthropic has raised $2 billion at a $30 billion valuation.", "$2 billion", "Anthropic",
         "funding"),
        # who reports a figure is not what it is about
        ("Osei said gross margins were around 55%.", "55%", "gross margins", "other"),
        # a country named as a modifier is not the subject
        ("US data centers used about 4.4% of the country's electricity in 2023.", "4.4%", "US data centers", "other"),
        # a model named beside its maker gets the model's figures
        (
            ("Corvid Labs released Corvid Code 2 on Tuesday, a model that the company says resolves 62.4% of the "
             "tasks in SWE-bench Verified."),
            "62.4%", "Corvid Code 2", "benchmark_score",
        ),
    ],
)
def test_subjects_from_structure(text: str, surface: str, subject: str, metric: str, nlp: Language) -> None:
    claims = {c.surface: c for c in numeric(extract_claims(text, nlp))}
    assert (claims[surface].subject, claims[surface].metric) == (subject, metric)


def test_pronouns_and_descriptors_read_the_paragraph(nlp: Language) -> None:
    text = "Qiantu AI released Hanlin-3 on Tuesday. The company employs about 300 people. " \
           "The model supports a context window of 128,000 tokens."
    claims = {c.surface: c for c in numeric(extract_claims(text, nlp))}
    assert claims["300"].subject == "Qiantu AI"
    assert claims["128,000 tokens"].subject == "Hanlin-3"


def test_context_is_read_but_gives_no_claims(nlp: Language) -> None:
    text = "It claims 8 million global users."
    claims = numeric(extract_claims(text, nlp, context="OpenRouter raises $40 million at a $500 million valuation"))
    assert [(c.subject, c.surface) for c in claims] == [("OpenRouter", "8 million")]
    assert text[claims[0].start : claims[0].end] == "8 million"
    assert numeric(extract_claims(text, nlp))[0].subject is None  # alone, "it" is nobody


def test_unresolved_pronouns_do_not_borrow_another_name(nlp: Language) -> None:
    claim = one_claim("In 2021, he pledged to donate $20 million to schools in Cameron County.", nlp)
    assert claim.subject is None


def test_bounds_and_money_conventions(nlp: Language) -> None:
    assert one_claim("The company said its capital spending would exceed $20 billion in 2025.", nlp).bound == ">"
    # a sum restated in dollars is one claim, in the currency it was given in: "71,350 euro ($78,770)"
    converted = numeric(extract_claims("Kumo raised ¥27 billion ($180 million) in a Series B round.", nlp))
    assert [(c.surface, c.unit, c.subject) for c in converted] == [("¥27 billion", "CNY", "Kumo")]
    deal = numeric(extract_claims("Northwind will rent 50,000 GPUs from Meridian, a deal the two companies valued "
                                  "at $3.2 billion.", nlp))
    assert [c.metric for c in deal if c.unit == "USD"] == ["other"]  # a deal's value is not a valuation


def test_levels_are_not_growth(nlp: Language) -> None:
    claims = numeric(extract_claims("The top published score rose from 33.2% in August 2024 to 62.4% in April.", nlp))
    assert [c.value for c in claims] == [33.2, 62.4]
    assert all(c.metric != "growth" for c in claims)
    assert one_claim("Revenue grew 65% year-over-year.", nlp).metric == "growth"


def test_times_as_a_count(nlp: Language) -> None:
    claim = one_claim("The app has been downloaded more than 1 million times.", nlp)
    assert (claim.metric, claim.unit, claim.value, claim.bound) == ("downloads", "downloads", 1e6, ">")
    assert one_claim("Rubin chips run 3.5x faster than Blackwell.", nlp).unit == "other"


@pytest.mark.parametrize(
    "text, value",
    [
        ("The FBI offers seven tips to help job seekers avoid phishing scams.", 7),
        ("Four of Kennedy's siblings called the decision dangerous.", 4),
        ("By default, the new Pixel Quick Tap system can handle six different functions.", 6),
    ],
)
def test_small_spelled_out_counts_are_count_claims(nlp: Language, text: str, value: float) -> None:
    claims = numeric(extract_claims(text, nlp))
    assert [(c.value, c.unit) for c in claims] == [(value, "count")]


@pytest.mark.parametrize(
    "text",
    [
        "The Thunder won't have to wait long: these teams meet again in three days.",
        "The top three trims also have Nissan ProPilot Assist.",
        "The US and China, the world's two largest economies, are strategic rivals.",
        "It gets overshadowed in the three-row family crossover segment.",
        "A major difference in the two services was the list of titles.",
        "The new 16-inch MacBook Pro features a redesigned scissor switch keyboard.",
        "The phone now maxes out at shooting 4K video, and an 8K TV is rare.",
    ],
)
def test_no_claim_from_time_windows_ranks_and_names(nlp: Language, text: str) -> None:
    assert numeric(extract_claims(text, nlp)) == []


def test_units_outside_the_vocabulary_are_other(nlp: Language) -> None:
    kelvin = numeric(extract_claims("My measurements were all in the vicinity of 6700K on the MacBook Pro.", nlp))
    assert [(c.value, c.unit) for c in kelvin] == [(6700, "other")]
    ppm = numeric(extract_claims("CO2 concentrations hit a historic high of 423 parts per million in June 2023.", nlp))
    assert [(c.value, c.unit) for c in ppm] == [(423, "other")]


def test_high_to_low_from_to_is_two_figures(nlp: Language) -> None:
    claims = numeric(extract_claims("Wartburg College reset its tuition price in August, from $48,490 to $25,000.", nlp))
    assert sorted(c.value for c in claims) == [25000, 48490]


def test_product_price_is_not_spending(nlp: Language) -> None:
    claims = numeric(extract_claims("At €2,500, the UDP900 is the most expensive player we know of.", nlp))
    assert [(c.metric, c.unit) for c in claims] == [("other", "EUR")]


def test_review_figures_without_a_named_subject_are_the_reviewed_product(nlp: Language) -> None:
    context = "2025 Kestrel Roadster GT Review: Small car, big grin\n\nWe drove it for a week."
    claims = numeric(extract_claims("All prices below include the $1,295 destination charge.", nlp, context=context))
    assert [c.subject for c in claims] == ["Kestrel Roadster GT"]
    maker = numeric(extract_claims("Kestrel offers 4 different versions this year.", nlp, context=context))
    assert [c.subject for c in maker] == ["Kestrel Roadster GT"]


def test_we_in_a_company_post_is_the_company_behind_its_products(nlp: Language) -> None:
    context = "Keeping teens safer\n\nOn Instagram, we now hide suspicious accounts from teens."
    claims = numeric(extract_claims("Last year we removed more than 40,000 accounts for breaking our rules.", nlp,
                                    context=context))
    assert [c.subject for c in claims] == ["Meta"]


def test_a_plural_feature_name_is_not_a_company(nlp: Language) -> None:
    claims = numeric(extract_claims("The company removed 12,000 Groups last month, Vantor Labs said.", nlp))
    assert all(c.subject != "Groups" for c in claims)


def test_the_shop_is_not_the_subject_of_a_deal(nlp: Language) -> None:
    claims = numeric(extract_claims("Grab $40 off at Amazon on the Orbis StarScope 90, a beginner telescope.", nlp))
    assert len(claims) == 1 and claims[0].subject in ("Orbis", "StarScope 90", "Orbis StarScope 90")  # the product or its brand


def test_versions_of_a_product_and_its_base_price_are_the_product(nlp: Language) -> None:
    """The rules read 'versions of the Roadster' as the Roadster's; the learned subject may prefer the seller."""
    with rules_only():
        versions = numeric(extract_claims("Kestrel sells 4 different versions of the Roadster this year.", nlp))
    assert [c.subject for c in versions] == ["Roadster"]
    base = numeric(extract_claims("The Roadster we drove sits mid-range, with its base of $31,200 raised by options.", nlp))
    assert [c.subject for c in base] == ["Roadster"]


@pytest.mark.parametrize(
    "text, metric",
    [
        # a difference between two amounts, not money earned or spent
        ("Engineers at Norvale earned over $4,000 more than their peers last year.", "other"),
        # a reader's price and a court order are not a company's spending
        ("Normally you'd be paying $9.99 a month for the Skylark Plus service.", "other"),
        ("Tom Brisco could face prison and have to pay $250,000 after pleading guilty.", "other"),
        # a level being raised is not money raised
        ("The ministry said the threshold would be raised to $29,000 from the spring.", "other"),
        # "worth" after the figure does not make a valuation
        ("But $750,000 is an insult to my family because their lives were not worth that little.", "other"),
        # one product against another, not a change over time
        ("The new filter lifts the intake volume by 66% over the standard Ranger.", "other"),
        ("Revenue at Norvale rose 12% from a year earlier.", "growth"),
        ("The vendor sells its coats at a 2.3x premium over the cost of production.", "other"),
        ("Norvale raised $40 million in a Series B round.", "funding"),
    ],
)
def test_metric_cues_near_money_and_percentages(text: str, metric: str, nlp: Language) -> None:
    assert one_claim(text, nlp).metric == metric


@pytest.mark.parametrize(
    "text",
    [
        "Even without 100 percent certainty, the desire to find a framework is unifying.",
        "Search is a hundred percent about intent; generative AI is about creation.",
        "Not if I searched a million times over would I find one as good, he declared.",
    ],
)
def test_figures_of_speech_are_not_claims(text: str, nlp: Language) -> None:
    assert numeric(extract_claims(text, nlp)) == []


def test_hundred_percent_as_a_measurement_is_kept(nlp: Language) -> None:
    assert one_claim("The model reached 100 percent accuracy on the test.", nlp).value == 100


def test_a_clause_with_its_own_subject_keeps_it(nlp: Language) -> None:
    # the figure's clause names its subject; a name in the clause before it is someone else
    claim = one_claim("Harlan confessed to the theft and the panel took just 20 minutes to reach a verdict.", nlp)
    assert (claim.subject, claim.value, claim.unit) == ("panel", 1200.0, "seconds")
    claim = one_claim("Rescuers said a storm hit the coast on Monday, killing 23 people.", nlp)
    assert (claim.subject, claim.value) == ("storm", 23.0)


def test_share_of_a_group_is_about_the_group(nlp: Language) -> None:
    claim = one_claim("Officials said that 40% of all commuters arrive by train.", nlp)
    assert (claim.subject, claim.metric, claim.value) == ("commuters", "other", 40.0)
    claims = numeric(extract_claims("One trial in 212 nurses found that overtime had doubled.", nlp))
    assert [(c.subject, c.value) for c in claims if c.unit == "count"] == [("trial", 212.0)]


def test_a_price_belongs_to_the_named_thing_it_modifies(nlp: Language) -> None:
    claim = one_claim("The cabin looks sharp when paired with the optional $450 Midnight Copper Metallic paint.", nlp)
    assert (claim.subject, claim.value, claim.unit) == ("Midnight Copper Metallic paint", 450.0, "USD")
    # a size or count is not a price: '6 million Sentra vehicles' keeps its usual reading
    claims = numeric(extract_claims("Over 300 Falcon Works engineers were hired by Orbita this year.", nlp))
    assert [c.subject for c in claims] != ["Falcon Works engineers"]


def test_they_refers_to_the_group_named_before_it(nlp: Language) -> None:
    claim = one_claim("Several farmers in the valley said they lose $3,000 to frost damage each spring.", nlp)
    assert claim.subject is not None and claim.subject.endswith("farmers") and claim.value == 3000.0


def test_lower_case_words_tagged_as_organisations_are_not_names(nlp: Language) -> None:
    claim = one_claim("The lamp can hold a few sprigs of greenery or candles and is priced at just under $40.", nlp)
    assert claim.subject == "lamp"


def test_datelines_with_state_and_wire_service_are_not_subjects(nlp: Language) -> None:
    claim = one_claim("DENVER, Colo. (AP) — Western Power Co. cut electricity to some 120,000 homes on Monday.", nlp)
    assert claim.subject is not None and claim.subject.startswith("Western Power")


def test_a_dozen_is_a_count_but_not_a_time_window(nlp: Language) -> None:
    claim = one_claim("About a dozen volunteers were gathered outside the hall.", nlp)
    assert (claim.value, claim.unit, claim.bound) == (12.0, "count", "~")
    assert one_claim("I cooked over a dozen new recipes this winter.", nlp).bound == ">"
    assert numeric(extract_claims("For a dozen straight years, the distillery has released a cask strength bourbon.",
                                  nlp)) == []


def test_prices_in_several_currencies(nlp: Language) -> None:
    claims = numeric(extract_claims("The Vantor X2 costs $899 / £799 / AU$1,499 at launch.", nlp))
    assert [(c.value, c.unit) for c in claims] == [(899.0, "USD"), (799.0, "other"), (1499.0, "other")]
    claims = numeric(extract_claims("European pricing will start at 48,900 euro ($53,100) from spring.", nlp))
    assert [(c.value, c.unit) for c in claims] == [(48900.0, "EUR")]  # the dollars restate the euros


def test_hours_as_an_amount_but_not_as_a_window(nlp: Language) -> None:
    assert one_claim("The final stretched over 6 hours because of two rain delays.", nlp).value == 21600.0
    assert one_claim("In winter, northern towns see daylight for less than 7 hours.", nlp).value == 25200.0
    assert numeric(extract_claims("The team will decide within the next 24 hours.", nlp)) == []
    assert numeric(extract_claims("I slept for five hours before the flight.", nlp)) == []


def test_context_windows_and_training_tokens_in_model_cards(nlp: Language) -> None:
    claims = numeric(extract_claims("The base models were trained on 3T tokens with an 8K window size.", nlp))
    assert [(c.value, c.unit, c.metric) for c in claims] == [
        (3e12, "tokens", "training_tokens"), (8000.0, "tokens", "context_length")]
    claim = one_claim("Both variants accept input sequences up to 64K.", nlp)
    assert (claim.value, claim.unit, claim.metric) == (64000.0, "tokens", "context_length")


def test_bare_model_sizes_and_live_parameters(nlp: Language) -> None:
    claims = numeric(extract_claims("The family ships in three model sizes: 2B, 9B and 27B.", nlp))
    assert [(c.value, c.metric) for c in claims if c.unit == "parameters"] == [
        (2e9, "parameters"), (9e9, "parameters"), (2.7e10, "parameters")]
    assert all(c.subject is None or not c.subject[0].isdigit() for c in claims)
    claims = numeric(extract_claims("It is a sparse model with 120B total parameters and 12B live parameters.", nlp))
    assert [(c.value, c.metric) for c in claims] == [(1.2e11, "parameters"), (1.2e10, "active_parameters")]
    assert one_claim("You can fine-tune our 13B model at home.", nlp).metric == "parameters"


def test_the_noun_a_sum_modifies_names_it(nlp: Language) -> None:
    claims = numeric(extract_claims("Mistral AI closed a $2 billion round at a $30 billion post-money valuation.", nlp))
    assert [(c.value, c.metric) for c in claims] == [(2e9, "funding"), (3e10, "valuation")]


def test_the_receiver_of_a_round_is_not_its_investors(nlp: Language) -> None:
    claim = one_claim("Mistral AI said on Monday it had raised $600 million in a funding round from "
                      "investors including Nvidia and Samsung.", nlp)
    assert (claim.metric, claim.subject) == ("funding", "Mistral AI")


def test_throughput_gains_and_comparisons_with_another_model(nlp: Language) -> None:
    claim = one_claim("The new kernels bring a 40% increase in throughput.", nlp)
    assert (claim.value, claim.metric) == (40.0, "throughput")
    claim = one_claim("Compared with its dense sibling, the sparse model cuts memory use by 35%.", nlp)
    assert claim.metric == "other"


def test_list_labels_are_not_subjects(nlp: Language) -> None:
    claim = one_claim("Step 2: continued pre-training on 500B tokens of code.", nlp)
    assert claim.metric == "training_tokens" and claim.subject != "Step 2"


def test_bare_scores_on_a_named_benchmark(nlp: Language) -> None:
    claim = one_claim("The new checkpoint scores 84.5 on MMLU.", nlp)
    assert (claim.value, claim.unit, claim.metric, claim.benchmark) == (84.5, "points", "benchmark_score", "MMLU")
    assert numeric(extract_claims("The survey ran for 30 days in March.", nlp)) == []


def test_scores_listed_respectively_against_benchmarks(nlp: Language) -> None:
    claims = numeric(extract_claims(
        "Compared with its predecessor, it leads by 4.1%, 6.2% and 3.3% respectively on MMLU, GSM8K and HumanEval.", nlp))
    assert [(c.value, c.metric) for c in claims] == [
        (4.1, "benchmark_score"), (6.2, "benchmark_score"), (3.3, "benchmark_score")]


def test_a_multiplier_against_another_product_is_not_growth(nlp: Language) -> None:
    claim = one_claim("Its output tokens cost roughly 8x more than Gemini Flash's.", nlp)
    assert (claim.value, claim.metric) == (8.0, "other")


def test_memory_in_a_chip_name_and_command_line_settings_are_not_figures(nlp: Language) -> None:
    assert numeric(extract_claims("Use bf16 with FlashAttention-2 on an A100 80GB.", nlp)) == []
    assert numeric(extract_claims("Run the script with --num-gpus 8 --batch-size 32.", nlp)) == []
    assert one_claim("The B200 carries 192GB of HBM3e memory.", nlp).value == 1.92e11


def test_model_comparisons_by_a_factor(nlp: Language) -> None:
    claims = numeric(extract_claims("Grok-1 is 2.5 times larger than Llama 2 and was trained with 4x more compute.", nlp))
    assert [(c.value, c.metric) for c in claims] == [(2.5, "parameters"), (4.0, "training_compute")]
    assert one_claim("Google says the Flash model is now 12 times faster than before.", nlp).metric == "throughput"
    assert one_claim("The new architecture runs 3.5x faster than Hopper on training tasks.", nlp).metric == "chip_performance"


def test_doubling_is_growth_by_two(nlp: Language) -> None:
    claim = one_claim("The company has doubled its fleet since March.", nlp)
    assert (claim.value, claim.unit, claim.metric) == (2.0, "other", "growth")


def test_active_parameters_used_during_inference_and_shot_settings(nlp: Language) -> None:
    claims = numeric(extract_claims("All 46.7B parameters are loaded, but only 12.9B are used during inference.", nlp))
    assert [(c.value, c.metric) for c in claims] == [(4.67e10, "parameters"), (1.29e10, "active_parameters")]
    claim = one_claim("On MMLU it reaches a 5-shot accuracy of 75.2%.", nlp)
    assert (claim.value, claim.metric) == (75.2, "benchmark_score")


def test_money_for_an_initiative_or_infrastructure_is_spending(nlp: Language) -> None:
    assert one_claim("It plans to invest $190 billion in AI infrastructure this year.", nlp).metric == "spending"
    assert one_claim("Stargate is a $500 billion initiative led by OpenAI.", nlp).metric == "spending"


def test_the_model_named_in_its_own_phrase_and_names_that_end_in_a_verb(nlp: Language) -> None:
    assert one_claim("The ChatGPT 3 model consumes approximately 2916 kWh of energy per day.", nlp).subject == "ChatGPT"
    claim = one_claim("Built in two months, Colossus utilizes H100 GPUs, offering up to nine times the speed.", nlp)
    assert claim.subject is None or not claim.subject.endswith("utilizes")


def test_the_model_beaten_is_not_the_one_measured(nlp: Language) -> None:
    claims = numeric(extract_claims(
        "The 27-billion parameter version is outperforming Meta's larger Llama 3 70B model on reasoning tests.", nlp))
    assert [(c.value, c.metric) for c in claims] == [(2.7e10, "parameters")]
    assert claims[0].subject != "Llama 3-70B"


def test_ai_usage_figures(nlp: Language) -> None:
    claim = one_claim("We processed over 100t tokens this quarter.", nlp)
    assert (claim.value, claim.unit, claim.metric) == (1e14, "tokens", "tokens_processed")
    claim = one_claim("Open models now account for 4.12 trillion weekly tokens on the marketplace.", nlp)
    assert claim.metric == "tokens_processed"
    claim = one_claim("100 million people use ChatGPT every week.", nlp)
    assert (claim.value, claim.unit, claim.metric) == (1e8, "users", "users")
    claim = one_claim("For this model we measured 388 ms TTFT on a long prompt.", nlp)
    assert (claim.value, claim.metric) == (0.388, "latency")


def test_scores_after_a_benchmark_named_first_and_settings(nlp: Language) -> None:
    claims = numeric(extract_claims("On SWE-bench Pro, Opus leads at 69.2% versus GPT-5 at 58.6%.", nlp))
    assert [(c.value, c.metric) for c in claims] == [(69.2, "benchmark_score"), (58.6, "benchmark_score")]
    assert all((c.benchmark or "").startswith("SWE-bench") for c in claims)
    assert numeric(extract_claims("We use temperature 0.2, top-p 0.95 with 20 samples.", nlp)) == []
    claim = one_claim("I trained the model for $47,200 in compute costs.", nlp)
    assert claim.metric == "spending"
    claim = one_claim("The energy allocated—10 gigawatts—equals a small country's demand.", nlp)
    assert (claim.value, claim.unit) == (1e10, "W")


def test_sizes_in_unknown_model_names_and_variant_lists(nlp: Language) -> None:
    claims = numeric(extract_claims("MathWiz-Instruct 7B scores 51.7% on the MATH benchmark.", nlp))
    assert [(c.value, c.metric) for c in claims] == [(51.7, "benchmark_score")]
    assert [c.value for c in numeric(extract_claims("The 2B and 7B models are now available.", nlp))] == []
    ours = numeric(extract_claims("Our 7B and 13B models are trained on 20B and 12B tokens, respectively.", nlp))
    assert [(c.value, c.unit) for c in ours if c.unit == "parameters"] == [(7e9, "parameters"), (13e9, "parameters")]


def test_multipliers_of_energy_and_power_and_costs_of_a_project(nlp: Language) -> None:
    assert one_claim("One AI query uses ten times more electricity than a web search.", nlp).metric == "energy"
    assert one_claim("A GPU server draws up to ten times the power of a web server.", nlp).metric == "power"
    assert one_claim("The total projected cost of the project is $200 billion.", nlp).metric == "spending"
    assert one_claim("Tests show the chip has a 40% latency advantage.", nlp).metric == "latency"


def test_sequence_lengths_plus_sizes_and_day_spans(nlp: Language) -> None:
    claim = one_claim("We pre-trained the models with a sequence length of 4096 and AdamW.", nlp)
    assert (claim.value, claim.unit, claim.metric) == (4096.0, "tokens", "context_length")
    claim = one_claim("The chatbot still leads with 1.1B+ monthly users.", nlp)
    assert (claim.value, claim.unit, claim.bound) == (1.1e9, "users", ">=")
    claim = one_claim("Daily active users jumped by over 110% from January 24 to 25.", nlp)
    assert claim.value == 110.0
    assert one_claim("It is the engine behind Microsoft's $77.7 billion quarter.", nlp).metric == "revenue"


def test_compute_units_and_prices_per_million(nlp: Language) -> None:
    claim = one_claim("On one A100 delivering about 312 teraFLOPs per second, it takes a week.", nlp)
    assert (claim.value, claim.unit, claim.metric) == (3.12e14, "FLOP/s", "chip_performance")
    claim = one_claim("The run needs roughly 9 million GPU-seconds.", nlp)
    assert (claim.value, claim.unit, claim.metric) == (2500.0, "GPU-hours", "gpu_hours")
    claims = numeric(extract_claims("GPT-4o pricing per token: $2.50/M input, $10/M output.", nlp))
    assert [(c.value, c.metric) for c in claims] == [(2.5, "price_per_million_tokens"), (10.0, "price_per_million_tokens")]
    assert one_claim("That is roughly 84 quintillion FLOPs of training.", nlp).value == 8.4e19


def test_scores_compared_and_multipliers_up_to(nlp: Language) -> None:
    claims = numeric(extract_claims("It is competitive with a larger model (average performance 54.76% vs. 54.39%).", nlp))
    assert claims[0].metric == "benchmark_score" and claims[0].value == 54.76
    claim = one_claim("The new chip delivers 25x lower energy per inference than its predecessor.", nlp)
    assert claim.metric == "energy"


def test_decimal_seconds_written_with_s(nlp: Language) -> None:
    claim = one_claim("The slowest model has the highest latency at 2328.15s.", nlp)
    assert (claim.value, claim.unit, claim.metric) == (2328.15, "seconds", "latency")
    claims = numeric(extract_claims("In the 1990s, 2.5 million people moved.", nlp))
    assert [c.unit for c in claims] == ["count"]


def subjects(text: str, nlp: Language) -> list[tuple[str | None, float]]:
    return [(c.subject, c.value) for c in numeric(extract_claims(text, nlp))]


def test_subjects_are_names_as_written(nlp: Language) -> None:
    # the gazetteer knows these under other names; the claim keeps the sentence's own
    assert subjects("The U.S. accounted for 64% of private AI investment last year.", nlp)[0][0] == "U.S."
    assert subjects("Alphabet raised its capital spending plan to $85 billion.", nlp)[0][0] == "Alphabet"
    # an all-caps spelling of a name the gazetteer writes 'Nvidia' is found, and kept as written
    assert subjects("NVIDIA's data center revenue rose 112% from a year earlier.", nlp)[0][0] == "NVIDIA"


def test_names_written_against_their_figures(nlp: Language) -> None:
    text = "On the coding test, Zephyr-2 leads at 71.3% versus Corvo-4.1 at 64.9% and Gemini 2.5 Pro at 60.2%."
    assert subjects(text, nlp) == [("Zephyr-2", 71.3), ("Corvo-4.1", 64.9), ("Gemini 2.5 Pro", 60.2)]
    text = "Nvidia booked $18.4 billion in data center sales, compared with $2.3 billion for AMD and $3.1 billion for Intel."
    assert [s for s, _ in subjects(text, nlp)] == ["Nvidia", "AMD", "Intel"]
    text = "Microsoft (~$80B), Alphabet ($75B) and Amazon ($100B) plan to spend heavily on data centers."
    assert [s for s, _ in subjects(text, nlp)][:3] == ["Microsoft", "Alphabet", "Amazon"]


def test_product_names_tagged_as_common_nouns(nlp: Language) -> None:
    text = "We present MeshCoder, a code model with 15 billion parameters trained on permissive code."
    assert subjects(text, nlp)[0] == ("MeshCoder", 1.5e10)


def test_funding_receiver_not_the_investors(nlp: Language) -> None:
    text = ("Vantor raised $300 million in series C funding led by Redwood Ventures and Granite Capital, "
            "which valued it at over $2 billion.")
    assert [s for s, _ in subjects(text, nlp)] == ["Vantor", "Vantor"]
    text = "Granite Capital led a $120 million round into Cerebras, pushing its valuation to $4 billion."
    assert [s for s, _ in subjects(text, nlp)] == ["Cerebras", "Cerebras"]
    text = "Nvidia's shares jumped 9% in a week, raising the company's market value to $3.1 trillion."
    assert [s for s, _ in subjects(text, nlp)] == ["Nvidia", "Nvidia"]


def test_sizes_in_names_the_gazetteer_lacks(nlp: Language) -> None:
    text = "On the proof set, OrbitMath-Instruct 7B beats its base model, and OrbitMath-RL 7B reaches 58% accuracy."
    assert [(c.value, c.unit) for c in numeric(extract_claims(text, nlp))] == [(58.0, "percent")]
    assert numeric(extract_claims("For Falcon LLM 40B, we use 8 GPUs for inference.", nlp))[0].unit == "accelerators"


def test_total_and_active_sizes_without_the_word_parameters(nlp: Language) -> None:
    claims = numeric(extract_claims("Kestrel-MoE has 141B total but only 39B active per token.", nlp))
    assert [(c.metric, c.value) for c in claims] == [("parameters", 1.41e11), ("active_parameters", 3.9e10)]


def test_shares_of_a_market_of_users(nlp: Language) -> None:
    claim = one_claim("This spring the assistant slipped below 45% of AI-app users for the first time.", nlp)
    assert claim.metric == "market_share"
    claim = one_claim("Measured by web traffic, the chatbot still leads at 61.2% of visits.", nlp)
    assert claim.metric == "market_share"
    claim = one_claim("The company said fewer than 3% of its users were bots.", nlp)
    assert claim.metric == "other"


def test_subjects_of_reported_and_described_figures(nlp: Language) -> None:
    text = "Oracle's finance chief, Dana Reyes, said capital expenditure for the year will reach $35 billion."
    assert subjects(text, nlp)[0][0] == "Oracle"
    text = "The Pixel 9, with a starting price of $799, pushed older phones aside."
    assert subjects(text, nlp)[0][0] == "Pixel 9"
    text = "Founded in 2019, the company has raised a $90 million series B from Lightspeed, putting Cohere's total at $270 million."
    assert [s for s, _ in subjects(text, nlp)] == ["Cohere", "Cohere"]


def test_markdown_bold_and_paired_prices(nlp: Language) -> None:
    text = "Pre-training used a cumulative **2.1M** GPU hours on H100 hardware."
    claim = one_claim(text, nlp)
    assert (claim.metric, claim.value, text[claim.start : claim.end]) == ("gpu_hours", 2.1e6, claim.surface)
    assert claim.surface.startswith("2.1M")
    claims = numeric(extract_claims("Cheapest tier: Nimbus Flash at $0.15/$0.60 per MTok (input/output).", nlp))
    assert [(c.metric, c.value) for c in claims] == [("price_per_million_tokens", 0.15), ("price_per_million_tokens", 0.6)]
    claims = numeric(extract_claims("For comparison, Corvo Large is $4/$20, five times the price.", nlp))
    assert [c.metric for c in claims][:2] == ["price_per_million_tokens", "price_per_million_tokens"]


def test_changes_from_one_figure_to_another(nlp: Language) -> None:
    text = "The release extends the context length from 2048 to 8192."
    claims = numeric(extract_claims(text, nlp))
    assert [(c.metric, c.value) for c in claims] == [("context_length", 2048.0), ("context_length", 8192.0)]
    text = "Vantor followed with $2 billion at a $40 billion valuation, growing revenue from $100 million to $900 million."
    claims = numeric(extract_claims(text, nlp))
    assert [(c.metric, c.value) for c in claims] == [
        ("funding", 2e9), ("valuation", 4e10), ("revenue", 1e8), ("revenue", 9e8)]
    claim = numeric(extract_claims("Sales reached $9 billion while net income rose to $4 billion.", nlp))[1]
    assert claim.metric == "other"


def test_both_ends_of_a_change_share_a_metric(nlp: Language) -> None:
    text = "Nimbus-7B uses more training tokens, increasing from 1.8T tokens to 2.6T tokens, while its context length doubles."
    claims = numeric(extract_claims(text, nlp))
    assert [(c.metric, c.value) for c in claims][:2] == [("training_tokens", 1.8e12), ("training_tokens", 2.6e12)]


def test_speedups_shares_of_a_market_and_large_multipliers(nlp: Language) -> None:
    assert one_claim("Speculative decoding can bring a 35% speedup on long outputs.", nlp).metric == "throughput"
    text = "Nvidia still controls roughly 80 to 85 percent of the data-center AI accelerator market by revenue."
    assert one_claim(text, nlp).metric == "market_share"
    claim = one_claim("The firm's custom chips have increased performance by 1,200 times since 2016.", nlp)
    assert (claim.unit, claim.value) == ("other", 1200.0)


def test_generated_lengths_and_counts_of_a_texts_parts(nlp: Language) -> None:
    claim = one_claim("The benchmark measures speed when generating 4096 tokens at batch size one.", nlp)
    assert claim.metric == "other"
    assert numeric(extract_claims("The release tells two stories about the new model.", nlp)) == []
    assert numeric(extract_claims("We are launching two efficient models in the Nimbus series.", nlp)) == []
    assert one_claim("The team removed three Facebook groups last week.", nlp).value == 3.0


def test_a_name_labelling_a_line_of_figures(nlp: Language) -> None:
    claim = one_claim("Nimbus-3 total compute: ~4e25 FLOP (an outside estimate).", nlp)
    assert (claim.subject, claim.metric) == ("Nimbus-3", "training_compute")
    claim = one_claim("Llama 3 8B: ~1.2 × 10^24 FLOPs.", nlp)
    assert claim.subject is not None and claim.subject.startswith("Llama 3")
    claim = one_claim("Note: the survey found 40% growth in usage.", nlp)
    assert claim.subject != "Note"


def test_latency_named_earlier_in_the_clause_and_tokens_named_later(nlp: Language) -> None:
    text = "We cut the time to first token for a context of 1M tokens from 3.2 minutes to 41 seconds."
    claims = [c for c in numeric(extract_claims(text, nlp)) if c.unit == "seconds"]
    assert [c.metric for c in claims] == ["latency", "latency"]
    claim = one_claim("It is trained from scratch on 2T English and Chinese tokens.", nlp)
    assert (claim.unit, claim.metric) == ("tokens", "training_tokens")
    text = "The H200 runs the model at up to **800** tok/s."
    claim = one_claim(text, nlp)
    assert (claim.unit, claim.metric) == ("tokens/s", "throughput") and text[claim.start : claim.end] == claim.surface


def test_bare_scores_beside_a_benchmark_or_leaderboard(nlp: Language) -> None:
    text = "Nimbus-2 scores 88.4 on the long-context benchmark RULER, surpassing GPT-4's 86.1 and Corvo-3's 84.9."
    claims = numeric(extract_claims(text, nlp))
    assert [(c.value, c.unit, c.metric) for c in claims] == [
        (88.4, "points", "benchmark_score"), (86.1, "points", "benchmark_score"), (84.9, "points", "benchmark_score")]
    assert claims[1].subject == "GPT-4"


def metrics(text: str, nlp: Language) -> list[tuple[str, float]]:
    return [(c.metric, c.value) for c in numeric(extract_claims(text, nlp))]


def test_money_in_ai_news(nlp: Language) -> None:
    assert metrics("A regulator fined the lab €12 million ($12.9 million) for processing data unlawfully.", nlp) == [
        ("other", 1.2e7)]  # the dollar figure restates the euro one
    assert metrics("Prices start at $999 (£949, AU$1,599) in each market.", nlp)[:2] == [("other", 999.0), ("other", 949.0)]
    text = "Investors are in talks over a round that could value the Musk-backed company at approximately $40bn."
    assert metrics(text, nlp) == [("valuation", 4e10)]
    assert metrics("It is part of a project worth up to $100 billion.", nlp) == [("spending", 1e11)]
    assert metrics("It has already raised more than $20bn from investors.", nlp) == [("funding", 2e10)]
    assert metrics("The lab's cash burn will more than double to $17 billion next year.", nlp)[-1] == ("spending", 1.7e10)
    assert metrics("Analysts expect net income of $7.5 billion, rising from $680 million a year earlier.", nlp) == [
        ("other", 7.5e9), ("other", 6.8e8)]
    assert metrics("The chipmaker plans to invest 103 trillion won by 2028.", nlp) == [("spending", 1.03e14)]


def test_ai_news_counts(nlp: Language) -> None:
    claim = one_claim("The ministry has installed over 17,300 graphics processing units (GPUs) so far.", nlp)
    assert (claim.unit, claim.metric) == ("accelerators", "accelerator_count")
    assert one_claim("Installations reached 46 million in March.", nlp).unit == "downloads"
    assert one_claim("Nvidia has an estimated 90% of the AI GPU market share.", nlp).metric == "market_share"
    assert numeric(extract_claims("Sales of its 12-layer HBM3E products expanded.", nlp)) == []
    assert numeric(extract_claims("Nine minutes into their conversation, he asked about growth.", nlp)) == []


def test_subjects_in_ai_news(nlp: Language) -> None:
    assert subjects("The Nimbus CEO said its ChatGPT chatbot now has 300 million weekly users.", nlp)[0][0] == "ChatGPT"
    assert subjects("ByteDance's Doubao model family now processes 90 trillion tokens per day.", nlp)[0][0] == "Doubao"
    assert subjects("AI startups raised $19 billion in venture funding in the first quarter.", nlp)[0][0] == "AI startups"
    assert subjects("Character.AI was in fundraising talks at a valuation of more than $5 billion.", nlp)[0][0] == "Character.AI"
    assert subjects("The watchdog has fined OpenAI €15 million for processing data unlawfully.", nlp)[0][0] == "OpenAI"


def test_rates_per_device(nlp: Language) -> None:
    claim = one_claim("The new kernels reach over 3,800 tok/s/gpu on the largest model.", nlp)
    assert (claim.unit, claim.metric, claim.value) == ("tokens/s", "throughput", 3800.0)


def test_idioms_and_specs_are_not_figures(nlp: Language) -> None:
    assert numeric(extract_claims("Corporate backers are doubling down on AI labs this year.", nlp)) == []
    assert numeric(extract_claims("She called it a three-legged stool of policy, research and training.", nlp)) == []
    assert numeric(extract_claims("The runtime now supports 4-bit / 8-bit quantization on laptops.", nlp)) == []
    assert numeric(extract_claims("The recipe trains a small model for 10 batches as a smoke test.", nlp)) == []


def test_product_names_the_tokenizer_splits(nlp: Language) -> None:
    doc = nlp("Zephyr2-2.7B was pre-trained on 3T tokens, and Acme.AI says StableLM-alpha is next.")
    names = {(e.text, e.label_) for e in doc.ents}
    assert ("Zephyr2-2.7B", "AI_MODEL") in names and ("Acme.AI", "ORG") in names and ("StableLM-alpha", "AI_MODEL") in names
    assert subjects("Zephyr2-2.7B was pre-trained on 3T tokens of text and code data.", nlp)[0][0] == "Zephyr2-2.7B"
    # links, paths and ordinary hyphenated words stay as they are
    doc = nlp("See https://example.com/models/Foo-2 and the state-of-the-art results in e.g. Table 2.")
    assert not any(e.label_ == "AI_MODEL" for e in doc.ents)


def test_model_card_metrics(nlp: Language) -> None:
    assert one_claim("Earlier models could process up to 16,000 tokens at a time.", nlp).metric == "context_length"
    assert one_claim("All variants support long-context processing of up to 64K tokens.", nlp).metric == "context_length"
    claim = one_claim("The average inference speed (tokens/s) has been improved by 27.5% over the base model.", nlp)
    assert claim.metric == "throughput"
    assert one_claim("Compiling the graph gives the model a ~3x speedup at inference time.", nlp).metric == "throughput"
    assert one_claim("Groq reached 476 t/s on the same model.", nlp).unit == "tokens/s"
    text = "Kestrel boasts 320 billion total parameters, with 28 billion activated per token."
    assert [c.metric for c in numeric(extract_claims(text, nlp))] == ["parameters", "active_parameters"]
    claim = one_claim("The new release expands the number of parameters to 14 billion.", nlp)
    assert (claim.unit, claim.metric) == ("parameters", "parameters")
    across = numeric(extract_claims("We compare the models across 12 industry-standard benchmarks.", nlp))
    assert [(c.unit, c.value) for c in across] == [("count", 12.0)]  # a count annotators record
    assert numeric(extract_claims("The design has three key components.", nlp)) == []


def test_money_and_shares_in_the_news(nlp: Language) -> None:
    assert metrics("The chipmaker is pumping more than $1.5 billion into the Paris start-up.", nlp) == [("funding", 1.5e9)]
    assert metrics("The lab is close to securing a $2bn investment in a new deal.", nlp) == [("funding", 2e9)]
    assert metrics("In one quarter the GPU leader increased its market share by eight per cent.", nlp) == [("growth", 8.0)]
    text = "Revenue grew 56% to $46.7 billion, while net income popped 41% sequentially and 59% year-over-year to $26.4 billion."
    assert metrics(text, nlp)[-1] == ("other", 2.64e10)


def test_doubling_activation_and_continued_changes(nlp: Language) -> None:
    assert metrics("Data-centre power demand is set to more than double by 2030.", nlp) == [("growth", 2.0)]
    assert metrics("Each winter the bill is roughly $2,500, double their typical $1,200 bill.", nlp)[1] == ("other", 2.0)
    text = "The model activates 12B parameters out of a total of 120B parameters."
    assert metrics(text, nlp) == [("active_parameters", 1.2e10), ("parameters", 1.2e11)]
    text = "Our models now process over 12 billion tokens per minute via the API, up from 8 billion last quarter."
    claims = numeric(extract_claims(text, nlp))
    assert [(c.unit, c.value) for c in claims] == [("tokens", 1.2e10), ("tokens", 8e9)]
    assert one_claim("The start-up picked up $350m in new money.", nlp).metric == "funding"
    assert one_claim("Training took about 3,000 GPU weeks.", nlp).value == 504000.0
    text = "Three sales leads, speaking off the record, said inference now makes up 60% of their pipeline."
    assert [c.value for c in numeric(extract_claims(text, nlp))] == [60.0]


def test_counts_beside_a_context_window(nlp: Language) -> None:
    text = "It uses 64 experts and supports a 1M-token context window."
    first = numeric(extract_claims(text, nlp))[0]
    assert (first.value, first.unit) == (64.0, "count")
    claim = one_claim("Its training context length extends to 2 million tokens.", nlp)
    assert claim.metric == "context_length"


def test_nearest_fitting_name_when_the_structure_names_none(nlp: Language) -> None:
    assert one_claim("You can run Gemma 2 on a laptop with up to 16GB of memory.", nlp).subject == "Gemma 2"
    assert one_claim("In 2021, he pledged to donate $20 million to schools in Cameron County.", nlp).subject is None


def test_training_systems_and_chip_gains(nlp: Language) -> None:
    assert one_claim("The framework reaches a training throughput of over 150 TFLOPS on the cluster.", nlp).metric == "throughput"
    assert one_claim("Each A100 sustains a per-GPU throughput of 140 teraFLOP/s.", nlp).metric == "chip_performance"
    claim = one_claim("The new GPUs deliver a 40% increase in dense FP8 inference compute performance.", nlp)
    assert claim.metric == "chip_performance"
    assert one_claim("Training frontier models can cost over $100 million in compute alone.", nlp).metric == "spending"
    text = "VC funding reached $91 billion in the second quarter, marking an increase from $82 billion a year earlier."
    assert metrics(text, nlp) == [("funding", 9.1e10), ("funding", 8.2e10)]


def test_model_card_improvements_sizes_and_benchmarks(nlp: Language) -> None:
    text = "All languages improved (Python +41%, C++ +63%), and Python reached 33.9% pass@1."
    assert [m for m, _ in metrics(text, nlp)][:2] == ["growth", "growth"]
    text = "The 72B-Instruct model outperforms its predecessor by an average margin of 3.9 and 5.2 points in English and Chinese."
    assert {m for m, _ in metrics(text, nlp)} == {"benchmark_score"}
    text = "We have released the Vox-TTS series (0.6B/1.7B) based on a 12Hz tokenizer."
    assert [(c.metric, c.value) for c in numeric(extract_claims(text, nlp))][:2] == [("parameters", 6e8), ("parameters", 1.7e9)]
    claims = numeric(extract_claims("It achieves 71.4% on SWE-bench Verified and 49.0% on Terminal-Bench 2.0.", nlp))
    assert all(c.subject != "Terminal-Bench 2.0" for c in claims)
    assert numeric(extract_claims("See samples of 13-gram overlaps between the data and benchmarks.", nlp)) == []
    assert one_claim("The cluster will include 200,000 H100 graphics cards by year end.", nlp).unit == "accelerators"


def test_the_company_valued_and_licences_are_not_models(nlp: Language) -> None:
    text = "Musk plans a new round that could value xAI at as much as $75 billion, two sources said."
    assert subjects(text, nlp)[0][0] == "xAI"
    text = "Today we are introducing Nimbus Small 3, a 24B-parameter model released under the Apache 2.0 license."
    assert subjects(text, nlp)[0][0] != "Apache 2.0"


def test_more_ai_money_rates_and_sizes(nlp: Language) -> None:
    assert [m for m, _ in metrics("Nimbus Pro keeps its price ($3/million input, $15/million output).", nlp)] == [
        "price_per_million_tokens", "price_per_million_tokens"]
    text = "The series has three variants with 1.0B, 2.8B and 4.5B activated parameters respectively."
    assert [m for m, v in metrics(text, nlp) if v >= 1e9] == ["active_parameters"] * 3  # (whether "three variants" counts
    # is the learned count judgement's call)
    text = "In internal evaluations, the hallucination rate dropped from 12.5% to 5.4%."
    assert {m for m, _ in metrics(text, nlp)} == {"benchmark_score"}
    assert one_claim("The aggregate read throughput reached about 6.6 TiB/s.", nlp).metric == "throughput"
    assert one_claim("The lab said it would start by deploying $100 billion immediately.", nlp).metric == "spending"
    assert one_claim("It now costs about $50k to train a diffusion model.", nlp).metric == "spending"
    text = "The startup raised $6 billion in May, reaching a post-money valuation of $24 billion, backed by investors."
    assert metrics(text, nlp) == [("funding", 6e9), ("valuation", 2.4e10)]
    assert one_claim("Tech giants are poised to invest nearly $200 billion in capital expenditures.", nlp).metric == "spending"
    assert one_claim("TSMC controlled roughly 72% of global foundry revenue last quarter.", nlp).metric == "market_share"
    assert one_claim("About 3.2 quadrillion tokens now run through the platform each month.", nlp).metric == "tokens_processed"
    assert one_claim("Rental prices for the chip collapsed 64% over two years.", nlp).metric == "growth"


def test_a_sum_keeps_to_its_own_clause(nlp: Language) -> None:
    text = "Revenue increased by 420% year-on-year to $980 million, while net losses widened from $130 million to $310 million."
    assert metrics(text, nlp) == [("growth", 420.0), ("revenue", 9.8e8), ("other", 1.3e8), ("other", 3.1e8)]
    assert numeric(extract_claims("Models are available in 8-bit, 4-bit, and standard FP16.", nlp)) == []


def test_hardware_written_with_precisions_and_costs_to_train(nlp: Language) -> None:
    text = "These instances feature 16 Trainium2 processors that deliver up to 20.8 FP8 PetaFLOPS of performance."
    assert [(c.unit, c.value) for c in numeric(extract_claims(text, nlp))] == [("accelerators", 16.0), ("FLOP/s", 2.08e16)]
    text = "It now costs $40k to train a diffusion model and $150k to train a capable LLM."
    assert metrics(text, nlp) == [("spending", 4e4), ("spending", 1.5e5)]
    text = "The 3.1 models extend the context length of the earlier language models from 4K to 128K tokens."
    assert [c.value for c in numeric(extract_claims(text, nlp))] == [4000.0, 128000.0]


def test_no_sentence_ends_mid_phrase(nlp: Language) -> None:
    doc = nlp("The ministry has installed over 17,300 GPUs as part of the ₹100 billion IndiaAI Mission, officials said.")
    assert len(list(doc.sents)) == 1
    assert len(list(nlp("Revenue rose 20%. Costs fell.\nNext line").sents)) == 3


def test_multipliers_of_a_named_quantity(nlp: Language) -> None:
    assert one_claim("Google now processes 12 times more tokens than its nearest rival.", nlp).metric == "tokens_processed"
    assert one_claim("All models were trained on 20x more tokens than model parameters.", nlp).metric == "training_tokens"


def test_speed_multiples_of_chips_and_of_software(nlp: Language) -> None:
    """A chip named, or the thing that is faster, makes chip performance; anything else's speed-up is throughput."""
    chip = "Compared to conventional products, Nvidia says the new GPU is up to 30 times speedier at producing answers."
    assert one_claim(chip, nlp).metric == "chip_performance"
    assert one_claim("The B200 delivers 2.5x faster training than the H100.", nlp).metric == "chip_performance"
    assert one_claim("2x speed-up on GPU.", nlp).metric == "throughput"
    assert one_claim("Distil-Whisper is a distilled version of Whisper that is 6 times faster.", nlp).metric == "throughput"
    text = "LightX2V achieves a 42.55x overall speedup, enabling real-time editing across diverse AI accelerators."
    assert one_claim(text, nlp).metric == "throughput"


def test_time_to_first_token_and_time_to_process_are_latency(nlp: Language) -> None:
    text = "Sparse attention reduced the time to first token for processing a context of 1M tokens from 4.9 minutes to 68 seconds."
    claims = {c.surface: c.metric for c in numeric(extract_claims(text, nlp))}
    assert claims["4.9 minutes"] == claims["68 seconds"] == "latency"
    assert one_claim("It requires only 70ms to process a clip of audio.", nlp).metric == "latency"
    assert one_claim("The run took 30 minutes in total on the old cluster.", nlp).metric == "other"


def test_the_length_of_what_is_generated_is_not_latency(nlp: Language) -> None:
    text = "Allegro generates high-quality videos up to 6 seconds from simple text input."
    assert one_claim(text, nlp).metric == "other"
    text = "Stable Audio is able to render 95 seconds of stereo audio in less than one second on an A100."
    assert [(c.surface, c.metric) for c in numeric(extract_claims(text, nlp))] == [
        ("95 seconds", "other"), ("one second", "latency")]


def test_a_multiple_right_after_a_volume_measures_the_same_volume(nlp: Language) -> None:
    text = "Google processes 980 trillion tokens a month, 16x more than Together."
    assert [c.metric for c in numeric(extract_claims(text, nlp))] == ["tokens_processed", "tokens_processed"]
    assert one_claim("Our new kernel is 16x faster than the old one.", nlp).metric != "tokens_processed"


def test_the_whole_of_which_some_parameters_are_active(nlp: Language) -> None:
    text = "During inference, only 12 billion of the 52 billion parameters are active, delivering higher efficiency."
    assert [(c.value, c.metric) for c in numeric(extract_claims(text, nlp))] == [
        (12e9, "active_parameters"), (52e9, "parameters")]


def test_memory_sizes_are_left_to_the_rules(nlp: Language) -> None:
    """The learned metric never turns a size in bytes into a context length."""
    text = "The model also supports up to 256k context length, with a single 80 GB GPU handling long inputs."
    claims = {c.surface: c for c in numeric(extract_claims(text, nlp))}
    assert claims["256k"].metric == "context_length"
    assert (claims["80 GB"].metric, claims["80 GB"].unit) == ("other", "other")
    # the memory of a named chip is which chip it is, not a figure
    named = numeric(extract_claims("It supports 256k context length, with a single 80 GB A100 GPU handling long inputs.", nlp))
    assert [c.surface for c in named] == ["256k"]


def test_a_measure_noun_gives_way_to_a_name_in_the_sentence(nlp: Language) -> None:
    claim = one_claim("The total number of downloads of Gemma 3 reached 150 million last month.", nlp)
    assert claim.subject is not None and "Gemma" in claim.subject


def test_example_sizes_and_n_line_changes_are_not_figures(nlp: Language) -> None:
    assert numeric(extract_claims("The lab says a 900K-token request is billed at the same rate as a 9K-token request.", nlp)) == []
    assert numeric(extract_claims("Users only need to make a simple two-line change in the code.", nlp)) == []


def test_every_metric_and_unit_is_documented() -> None:
    """docs/claims.md lists the vocabularies, so a new metric or unit cannot ship undescribed."""
    from pathlib import Path

    docs = (Path(__file__).resolve().parent.parent / "docs" / "claims.md").read_text(encoding="utf-8")
    for name in sorted(CLAIM_METRICS | CLAIM_UNITS):
        assert f"`{name}`" in docs, f"{name} is not described in docs/claims.md"


def test_every_extracted_metric_is_in_the_vocabulary(nlp: Language) -> None:
    texts = [
        SEED, "Acme raised $40 million at a $400 million valuation.", "The model has 7B parameters.",
        "It scores 88.1% on MMLU.", "Sales rose 35% to $2 billion.", "There are 12 widgets.",
    ]
    for claims in extract_claims_batch(texts, nlp):
        for claim in numeric(claims):
            assert claim.metric in CLAIM_METRICS and claim.unit in CLAIM_UNITS


def test_units_follow_what_is_counted(nlp: Language) -> None:
    """Chips counted as "units" or "8x H100" are accelerators; "52.3k input tokens per second" is a rate."""
    backlog = one_claim("Orders for the Corvid C300 GPU reached 3.6 million units this year.", nlp)
    assert (backlog.metric, backlog.unit, backlog.value) == ("accelerator_count", "accelerators", 3.6e6)
    rates = numeric(extract_claims("The server reaches 52.3k input tokens per second and 22.3k output tokens per second.", nlp))
    assert [(c.unit, c.metric) for c in rates] == [("tokens/s", "throughput"), ("tokens/s", "throughput")]
    phones = one_claim("Corvid sold 20 million units of its new phone.", nlp)
    assert (phones.metric, phones.unit) == ("other", "count")  # units of a phone are not chips


def test_a_possessive_name_owns_a_measure(nlp: Language) -> None:
    """'Zephyr-3's error rate': the rate is Zephyr-3's even when the NER does not tag the name."""
    claims = numeric(extract_claims("In internal tests, Zephyr-3's error rate dropped from 12.5% to 5.4%.", nlp))
    assert [c.subject for c in claims] == ["Zephyr-3", "Zephyr-3"]


def test_money_after_a_possessive_and_passive_rounds(nlp: Language) -> None:
    """"Corvid's $2bn round" is a sum, not a variant's name; "raised by the startups" is funding."""
    round_ = numeric(extract_claims("Corvid's $2bn round, which valued the company at $20bn, set a record.", nlp))
    assert [(c.surface, c.metric) for c in round_] == [("$2bn", "funding"), ("$20bn", "valuation")]
    raised = one_claim("A total of $3.1 billion was raised by European startups last year.", nlp)
    assert raised.metric == "funding"
    assert one_claim("Corvid raised prices by 10% in March.", nlp).metric != "funding"
    assert one_claim("The fee was raised by the regulator to $40 a month.", nlp).metric != "funding"  # a price rise


def test_what_training_cost_is_spending(nlp: Language) -> None:
    claims = numeric(extract_claims("Training Zephyr-2 took 40 days on rented GPUs, at a cost of around $2.4 million.", nlp))
    assert [(c.metric, c.unit) for c in claims] == [("other", "seconds"), ("spending", "USD")]
    claims = numeric(extract_claims(
        "At $2 per GPU-hour, training the model is estimated to cost $4.1 million.", nlp))
    assert [(c.value, c.metric) for c in claims] == [(2.0, "other"), (4.1e6, "spending")]  # the hourly price stays a price
    each = numeric(extract_claims("To train the model, Corvid used 4,000 GPUs, which cost $30,000 each.", nlp))
    assert [c.metric for c in each if c.unit == "USD"] == ["other"]  # a unit price, not what was spent
    price = one_claim("The Corvid C300 costs $30,000, and Zephyr trained its model on 4,000 of them.", nlp)
    assert price.metric == "other"  # what a chip costs, even beside talk of training
    fined = one_claim("Regulators fined Corvid $300 million over how it trained its models.", nlp)
    assert fined.metric == "other"
    ticket = one_claim("A train ticket to Lyon costs about $90.", nlp)
    assert ticket.metric == "other"


def test_latency_cuts_and_query_rates(nlp: Language) -> None:
    assert one_claim("Edge serving brings latency reductions of up to 60% for nearby users.", nlp).metric == "latency"
    assert one_claim("The new stack serves 4x QPS on the same Zephyr cluster.", nlp).metric == "throughput"
    assert one_claim("Inference on Zephyr is 3x cheaper, though QPS stayed flat.", nlp).metric != "throughput"


def test_what_worth_and_wiped_mean(nlp: Language) -> None:
    """Support "worth" a sum is funding; a company "worth" a sum is valued; market value wiped off is a loss."""
    assert one_claim("The ministry is extending support worth $120 million to Corvid.", nlp).metric == "funding"
    assert one_claim("Corvid is now worth $4 billion after the round.", nlp).metric == "valuation"
    assert one_claim("The selloff wiped $500 billion off Zephyr's market cap.", nlp).metric == "other"


def test_size_classes_vocabularies_and_capacities(nlp: Language) -> None:
    """'among 7B models' compares with a class; a vocabulary counts token types; 'can process N tokens' is a capacity."""
    assert numeric(extract_claims("Zephyr-2 leads on MMLU among 7B models.", nlp)) == []
    assert numeric(extract_claims("It beats other open-source 13B models on GSM8K.", nlp)) == []
    assert one_claim("Zephyr-2 is a 7B model.", nlp).metric == "parameters"  # a size stated is still a claim
    vocab = one_claim("The Zephyr tokenizer has a vocabulary of 64,000 tokens.", nlp)
    assert (vocab.metric, vocab.unit) == ("other", "count")
    window = one_claim("Zephyr-2 can process over 200K tokens in one prompt.", nlp)
    assert (window.metric, window.unit) == ("context_length", "tokens")
    volume = one_claim("The Zephyr API can process 6 billion tokens per minute.", nlp)
    assert (volume.metric, volume.period) == ("tokens_processed", "minute")  # a rate is a volume, not a window


def test_a_process_node_is_a_name(nlp: Language) -> None:
    assert numeric(extract_claims("The Corvid C3 chip is made on TSMC's 3nm node.", nlp)) == []
    assert one_claim("The Corvid C3 wafer is 300 mm across.", nlp).unit == "other"  # a length is still a figure


def test_how_long_a_job_ran_and_a_corpus_in_hours(nlp: Language) -> None:
    """'took about 53 days' and '20K hours of speech' are figures; windows and products are not."""
    took = one_claim("Training Zephyr-2 took about 53 days.", nlp)
    assert (took.unit, took.value, took.bound) == ("seconds", 53 * 86400, "~")
    corpus = one_claim("The Corvid corpus holds 20K hours of speech.", nlp)
    assert (corpus.unit, corpus.value) == ("seconds", 20000 * 3600)
    assert numeric(extract_claims("Corvid plans to grow over the next 5 years.", nlp)) == []
    assert [c.unit for c in numeric(extract_claims("Get 4 Months of Zephyr Music for $1.", nlp))] == ["USD"]


def test_money_committed_to_a_company_is_its_funding(nlp: Language) -> None:
    backed = one_claim("Nvidia committed another $2 billion to Mistral AI.", nlp)
    assert (backed.metric, backed.subject) == ("funding", "Mistral AI")
    pledged = one_claim("With a commitment of roughly $3 billion to Cohere, Oracle deepens the tie.", nlp)
    assert (pledged.metric, pledged.subject) == ("funding", "Cohere")
    built = one_claim("Meta committed $10 billion to a new data center in Louisiana.", nlp)
    assert built.metric == "spending"  # money committed to a thing is spent, not raised


def test_physical_units_keep_the_unit_they_are_written_in(nlp: Language) -> None:
    """'552 tons', '65 mph', '8.5 inches', '6.6 liters': a figure in a unit outside the vocabulary is unit other,
    with the number as written (not converted to kilograms, metres or m/s)."""
    carbon = one_claim("Training Zephyr-2 generated 552 tons of carbon emissions.", nlp)
    assert (carbon.unit, carbon.value) == ("other", 552.0)
    assert one_claim("Estimated total emissions were 2290 tCO2eq for Corvid-7B.", nlp).value == 2290.0
    for sentence, value in (("The Corvid rocket can deliver up to 100 metric tons to orbit.", 100.0),
                            ("Corvid's robotaxis began cruising freeways at 65 mph.", 65.0),
                            ("The Zephyr wafer measures 8.5 inches per side.", 8.5),
                            ("The Zephyr server door is 2 in thick.", 2.0),
                            ("The Zephyr campus will span 46.6 miles of cable.", 46.6)):
        claim = one_claim(sentence, nlp)
        assert (claim.unit, claim.value) == ("other", value), sentence


def test_how_much_faster(nlp: Language) -> None:
    """A model 'N% faster' is throughput; a named chip 'N% faster' is chip performance."""
    assert one_claim("The new Zephyr model is 40% faster than its predecessor.", nlp).metric == "throughput"
    assert one_claim("The C300 GPU is 45% faster than the C200 on Llama 2 inference.", nlp).metric == "chip_performance"


def test_software_speedups_are_throughput(nlp: Language) -> None:
    """'1.54x performance improvements over ZeRO-3': software running faster; a chip's own gain stays chip performance."""
    assert one_claim("Corvid-Compile achieves up to 1.54x performance improvements over the baseline.", nlp).metric == "throughput"
    assert one_claim("The C300 accelerator delivers 4.4x more compute performance than the C200.", nlp).metric == "chip_performance"


def test_memory_bandwidth_survey_shares_and_money_put_into_buildings(nlp: Language) -> None:
    """A chip's memory bandwidth and a share of those surveyed are 'other'; money put into sites is spent."""
    assert one_claim("The C300 has 8 TB/s of memory bandwidth.", nlp).metric == "other"
    assert one_claim("The store sustains an aggregate read throughput of 6.6 TB/s.", nlp).metric == "throughput"
    assert one_claim("88% of leaders plan to increase AI spending next year.", nlp).metric == "other"
    assert one_claim("Zephyr Labs plans to invest $80 billion in AI data centers this year.", nlp).metric == "spending"
    assert one_claim("Corvid will invest $20 billion into GPU infrastructure by December.", nlp).metric == "spending"
    assert one_claim("Nimbus has already invested $13 billion in the startup.", nlp).metric == "funding"
    assert one_claim("Nimbus invested $2 billion in Zephyr Labs.", nlp).metric == "funding"


def test_how_long_inference_takes_and_prices_written_after_tokens(nlp: Language) -> None:
    """'inference time ... 3 mins', '250ms / iter' are latency; 'input tokens now cost $0.435 per million' is a price."""
    assert one_claim("With Corvid the inference time drops to 3 mins.", nlp).metric == "latency"
    assert one_claim("Zephyr Flash models deliver ~75ms inference speeds.", nlp).metric == "latency"
    assert one_claim("Corvid Serve needs about 40 minutes of setup.", nlp).metric == "other"
    price = one_claim("Zephyr input tokens now cost $0.435 per million.", nlp)
    assert (price.metric, price.value) == ("price_per_million_tokens", 0.435)
    thousand = one_claim("The cost of processing 1k tokens with Zephyr is $0.006.", nlp)
    assert (thousand.metric, thousand.value) == ("price_per_million_tokens", 6.0)


def test_ratings_and_scores_written_as_bare_numbers(nlp: Language) -> None:
    """'Elo rating 1,176', 'a score of 1356', '81.0 vs. 62.0 on <benchmark>' are scores; '1,176 employees' is not."""
    elo = numeric(extract_claims("Zephyr v6 (Elo rating 1,176) holds a slim lead over Corvid 3 (Elo rating 1,156).", nlp))
    assert [(c.unit, c.metric, c.value) for c in elo] == [("points", "benchmark_score", 1176.0), ("points", "benchmark_score", 1156.0)]
    assert one_claim("Zephyr-Turbo has achieved a score of 1356 on the LMSYS Chatbot Arena.", nlp).unit == "points"
    pair = numeric(extract_claims("Zephyr 5.2 beats Zephyr 5.1 by a wide margin: 81.0 vs. 62.0 on MMLU.", nlp))
    assert [(c.unit, c.value) for c in pair] == [("points", 81.0), ("points", 62.0)]
    assert one_claim("The Zephyr store has 1,176 employees.", nlp).unit == "count"


def test_dataset_sizes_in_samples_and_counts_of_tasks(nlp: Language) -> None:
    """'a pool of 10 million samples' and '13 English tasks' are figures; 'with 20 samples' is a setting."""
    assert one_claim("The Zephyr videos were selected from a pool of 10 million samples.", nlp).value == 1e7
    assert numeric(extract_claims("We decode at temperature 0.2 with 20 samples.", nlp)) == []
    assert [c.value for c in numeric(extract_claims("Corvid-Bench includes 13 English tasks and 5 Chinese tasks.", nlp))] == [13.0, 5.0]


def test_per_share_figures_survey_answers_and_tokens_read_at_a_length(nlp: Language) -> None:
    """'$4.27 earnings per share' is not revenue; '17% said' is a share of those asked; '390B tokens at context
    length 4096' are tokens trained on, the length is the other figure."""
    assert one_claim("Zephyr Labs' earnings per share reached $4.27 last quarter.", nlp).metric == "other"
    assert one_claim("Asked about Corvid, 17% said it increased their output.", nlp).metric == "other"
    text = "Corvid-2 schedules 390 billion tokens at context length 4096."
    assert [(c.metric, c.value) for c in numeric(extract_claims(text, nlp))] == [
        ("training_tokens", 3.9e11), ("context_length", 4096.0)]


def test_a_measure_or_a_sum_is_never_the_subject(nlp: Language) -> None:
    """'ARR' and '~$2.30' are what is measured or a price, not who the figure is about."""
    for claim in numeric(extract_claims("Zephyr's reported ARR climbed from $100M to $400M in seven months.", nlp)):
        assert claim.subject != "ARR"
    assert all(c.subject is None or "$" not in c.subject
               for c in numeric(extract_claims("At ~$2.30/hr per H100, an 8xH100 node is ~$18/hr.", nlp)))


def test_rounds_multiples_and_the_active_part_of_a_model(nlp: Language) -> None:
    """Money in a round is funding; '50x revenue multiple' is other; 'activated' belongs to the figure it is against."""
    assert metrics("Zephyr Labs is in talks to raise at least $1 billion at a valuation of $10 billion.", nlp) == [
        ("funding", 1e9), ("valuation", 1e10)]
    assert metrics("Corvid is preparing to close a fresh funding round worth nearly $700 million.", nlp) == [("funding", 7e8)]
    assert metrics("Nimbus Ventures is leading the round with a €200 million investment.", nlp) == [("funding", 2e8)]
    assert one_claim("Zephyr Labs is raising money at a 50x revenue multiple.", nlp).metric == "other"
    text = "The total parameter scale of Corvid-2 is 255 billion, with an actual number of activated parameters being 36 billion."
    assert [c.metric for c in numeric(extract_claims(text, nlp))] == ["parameters", "active_parameters"]


def test_rules_of_version_11_do_not_misfire_on_ordinary_sentences(nlp: Language) -> None:
    """Hourly prices, rounds of layoffs, risk scores and 'grew 39% reported X' keep their ordinary reading."""
    hourly = numeric(extract_claims("Generating a million tokens costs less than a coffee, while renting a C300 costs $2 an hour.", nlp))
    assert [c.metric for c in hourly if c.unit == "USD"] == ["other"]
    assert metrics("Zephyr Labs made a $10 billion investment in new data centers, ahead of another round of layoffs.", nlp) == [
        ("spending", 1e10)]
    assert numeric(extract_claims("Regulators gave the chatbot a risk score of 7 out of 10.", nlp)) == []
    assert one_claim("Azure revenue grew 39% reported Nimbus on Tuesday.", nlp).metric == "growth"
    assert numeric(extract_claims("We report pass@1 averaged over 16 samples per problem.", nlp)) == []
    assert one_claim("French oil major Total invested $2 billion in the project.", nlp).subject == "Total"
    bare = numeric(extract_claims("Zephyr was trained on 15 trillion tokens, compared with 2 for its predecessor.", nlp))
    assert [c.value for c in bare] == [15e12]  # "2" is not two tokens


def test_elo_after_the_figure_and_growth_from_zero(nlp: Language) -> None:
    """'a 1501 Elo' and 'scored 1417 ELO' are scores; 'grew from zero to $200 million' states one figure."""
    assert [(c.metric, c.unit) for c in numeric(extract_claims("A 1501 Elo puts Corvo-3 first on the board.", nlp))] == [
        ("benchmark_score", "points")]
    assert [(c.metric, c.unit) for c in numeric(extract_claims("The chat version scored 1417 ELO on LMArena.", nlp))] == [
        ("benchmark_score", "points")]
    assert [c.value for c in numeric(extract_claims("Its ARR grew from zero to $200 million.", nlp))] == [2e8]
    assert [c.value for c in numeric(extract_claims("We went from 95% market share to 0%.", nlp))] == [95.0, 0.0]


def test_shares_of_a_whole_and_survey_answers_are_not_growth(nlp: Language) -> None:
    """'8% of US power by 2030, up from 3%' states two shares; '83% are increasing AI investment' is a survey answer;
    '40% lower costs than dense models' sets one thing against another."""
    text = "Data centres could account for nearly 8% of US power generation by 2030, up sharply from 3% in 2022."
    assert [c.metric for c in numeric(extract_claims(text, nlp))] == ["other", "other"]
    assert [c.metric for c in numeric(extract_claims("72% of CEOs see AI as key, and 83% are increasing AI investment in 2026.", nlp))] \
        == ["other", "other"]
    assert one_claim("Corvo-4 serves at 40% lower serving costs than comparable dense models.", nlp).metric == "other"
    assert one_claim("Revenue rose 40% from a year earlier.", nlp).metric == "growth"


def test_multiples_of_memory_and_cost_and_money_that_is_not_earned(nlp: Language) -> None:
    """A multiple of memory or cost is 'other' even beside a speedup; a backlog and lost sales are not revenue;
    'total raised' is funding; 'a 0.5 second delay' and both ends of 'from 163.7 seconds ... to 5.6 seconds' are latency."""
    text = "Our method reduces inference memory by up to 2.55x while speeding up decoding by up to 2.18x."
    assert [c.metric for c in numeric(extract_claims(text, nlp))] == ["other", "throughput"]
    assert one_claim("It reaches A100-level throughput on 3x cheaper L40S GPUs.", nlp).metric == "other"
    assert one_claim("Zephyr Cloud holds $66.8 billion in revenue backlog.", nlp).metric == "other"
    assert one_claim("The ban cost the chipmaker $2.5 billion in lost sales.", nlp).metric == "other"
    assert one_claim("The round brings its total raised to over $3 billion.", nlp).metric == "funding"
    assert one_claim("Corvo-STT is a streaming model with a 0.5 second delay.", nlp).metric == "latency"
    text = "The time to a final answer dropped from 163.7 seconds via the official API to a mere 5.6 seconds."
    assert [c.metric for c in numeric(extract_claims(text, nlp))] == ["latency", "latency"]


def test_latency_multiples_chip_rates_and_what_building_costs(nlp: Language) -> None:
    """'reduce the latency by up to 1.9x' is latency; '2x the FP8 throughput of MI300X' a chip's performance;
    '94% cheaper' and 'a 40% yield' are not growth; 'the first phase, costing $450 million' is spending."""
    assert one_claim("With the same batch size, H2O can reduce the latency by up to 1.9x.", nlp).metric == "latency"
    assert one_claim("The MI355X targets roughly 2x the FP8 throughput of the MI300X.", nlp).metric == "chip_performance"
    assert one_claim("Corvo mini is 94% cheaper on input tokens than Corvo.", nlp).metric == "other"
    assert one_claim("The Ascend chip has reportedly reached a 40% manufacturing yield.", nlp).metric == "other"
    assert metrics("The first 50-megawatt phase of the campus, costing $450 million, has a tenant.", nlp) == [
        ("power", 5e7), ("spending", 4.5e8)]
    assert metrics("A 100-GPU H100 cluster costs approximately $200K monthly.", nlp) == [("accelerator_count", 100.0), ("other", 2e5)]
    text = "Pew found that 49% of U.S. adults now use AI chatbots, up from 33% in 2024."
    assert [c.metric for c in numeric(extract_claims(text, nlp))] == ["other", "other"]


def test_energy_per_query_close_scores_and_samples_collected(nlp: Language) -> None:
    """'0.1 to 1 watt-hour per query' is energy in Wh; '80.3 vs. 79.8' are two scores, not one restated;
    'collected over 10 million samples' is a dataset's size, 'averaged over 16 samples' a setting."""
    (c,) = numeric(extract_claims("GPT-3.5 may use closer to 0.1 to 1 watt-hour per query.", nlp))
    assert (c.metric, c.unit, c.value, c.value_high) == ("energy", "Wh", 0.1, 1.0)
    scores = numeric(extract_claims("Corvo-1.5B beats it on three benchmarks: AIME24 (80.3 vs. 79.8), AIME25 (74.4 vs. 70.0).", nlp))
    assert [c.value for c in scores if c.metric == "benchmark_score"] == [80.3, 79.8, 74.4, 70.0]
    assert [c.value for c in numeric(extract_claims("As of now, we've collected over 10 million samples for post-training.", nlp))] == [1e7]


def test_what_money_is_worth_and_loans_in_a_round(nlp: Language) -> None:
    """'chips worth $40 billion' are bought, 'an order worth $6.3 billion' is a deal, 'subsidies worth' fund;
    'added $160 billion in market value' is the stock; debt and loans in a round are funding."""
    assert metrics("Oracle plans to purchase around 400,000 chips worth 40 billion dollars.", nlp) == [
        ("accelerator_count", 4e5), ("spending", 4e10)]
    assert one_claim("CoreWeave disclosed a separate order from NVIDIA worth at least $6.3 billion.", nlp).metric == "other"
    assert one_claim("Micron shares have added more than $160 billion in market value.", nlp).metric == "other"
    text = "The latest funding consists of €468mn equity and €132mn debt."
    assert [c.metric for c in numeric(extract_claims(text, nlp))] == ["funding", "funding"]


def test_money_raised_or_in_a_round_is_funding_before_a_valuation(nlp: Language) -> None:
    """'have raised nearly 2.8 billion dollars, are valued at ...' and 'a financing round exceeding $1 billion, with a
    valuation of $26 billion' state funding first; 'requires an investment exceeding $4 billion' is spending."""
    text = "Collectively, nine players have raised nearly 2.8 billion dollars and are valued close to 20 billion dollars."
    assert [c.metric for c in numeric(extract_claims(text, nlp)) if c.unit == "USD"] == ["funding", "valuation"]
    text = "Cognition AI completed a financing round exceeding $1 billion, with a valuation set at $26 billion."
    assert [c.metric for c in numeric(extract_claims(text, nlp))] == ["funding", "valuation"]
    assert one_claim("The cluster requires an investment exceeding $4 billion.", nlp).metric == "spending"


def test_review_of_version_12_rules_on_ordinary_sentences(nlp: Language) -> None:
    """Running costs and unit prices at a site, revenue lifted by a backlog, a business worth $100 billion, debt on a
    balance sheet, a share price 'higher than Friday's close', memory beside a speedup, FP8 serving software and a
    port delay keep their ordinary reading; a rounded restatement in brackets is one figure."""
    assert one_claim("Running the data center costs $50 million per year in electricity.", nlp).metric == "other"
    assert one_claim("Each GPU at the site costs about $30,000.", nlp).metric == "other"
    assert one_claim("Strong demand and a growing backlog lifted quarterly revenue to $35.1 billion.", nlp).metric == "revenue"
    assert one_claim("Nvidia earned $26 billion from its sales of data center chips in the quarter.", nlp).metric == "revenue"
    assert one_claim("AMD's chips business is now worth $100 billion, analysts say.", nlp).metric == "valuation"
    assert metrics("xAI, which raised $6 billion in May, has $12 billion of debt on its balance sheet.", nlp) == [
        ("funding", 6e9), ("other", 12e9)]
    assert one_claim("Microsoft shares closed 5% higher than Friday's close.", nlp).metric == "growth"
    assert one_claim("Revenue was 25% higher than 2023 levels.", nlp).metric == "growth"
    assert one_claim("Without extra memory the method speeds up decoding by 2.5x.", nlp).metric == "throughput"
    assert one_claim("vLLM with FP8 quantization on H100 GPUs delivers 2x the throughput of BF16 serving.", nlp).metric != "chip_performance"
    assert one_claim("Shipping faced a 30 second delay at the port gate.", nlp).metric == "other"
    assert len(numeric(extract_claims("Its compute was 3.8e25 FLOP (3.79×10^25 FLOP).", nlp))) == 1
    slid = numeric(extract_claims("Nvidia stock slid 3% on Monday, while 5% are expected to be shaved off this week.", nlp))
    assert [c.metric for c in slid] == ["growth", "growth"]


def test_latency_in_milliseconds_and_percentiles_and_user_gains(nlp: Language) -> None:
    """'80ms inference', 'P99: 420ms' and 'median TTFR dropped to 1.9 seconds' are latency, a buffer of 150ms is not;
    'gaining 100 million since October' is growth in users."""
    assert metrics("Small-talk goes to a 7B model with 80ms inference.", nlp) == [("parameters", 7e9), ("latency", 0.08)]
    assert one_claim("P99: 420ms.", nlp).metric == "latency"
    assert one_claim("Median TTFR dropped to around 1.9 seconds.", nlp).metric == "latency"
    assert one_claim("We buffer the last 150ms of partials before flushing.", nlp).metric != "latency"
    claims = numeric(extract_claims("ChatGPT has 900 million weekly active users, gaining 100 million since October.", nlp))
    assert [c.metric for c in claims] == ["users", "growth"]


def test_the_same_figure_twice_is_two_claims_when_another_stands_between(nlp: Language) -> None:
    """'The 90 minute time is on 8xA100; it's 45 minutes on 8xH100' states two chip counts."""
    claims = numeric(extract_claims("The 90 minute time is on 8xA100; it's 45 minutes on 8xH100.", nlp))
    assert [c.value for c in claims if c.metric == "accelerator_count"] == [8.0, 8.0]
    assert [c.period for c in numeric(extract_claims("ChatGPT reported 800 million WAUs.", nlp))] == ["week"]


def test_a_measure_with_its_qualifiers_is_never_a_subject(nlp: Language) -> None:
    """'Weekly active users grew ...' and 'Paid subscribers have increased ...' name the measure, not who has it."""
    for text in ("Weekly active users grew from 300 million to 800 million by October 2025.",
                 "Paid subscribers have increased to 50 million."):
        assert all(c.subject is None or "users" not in c.subject.lower() and "subscribers" not in c.subject.lower()
                   for c in numeric(extract_claims(text, nlp))), text


def test_context_lengths_after_a_colon_or_as_contexts_and_data_sizes_beside_them(nlp: Language) -> None:
    """'(context length): 4096' and '1M contexts' are context lengths; '90Gb of text' beside one is the data's size."""
    assert one_claim("max len (that is, context length): 4096", nlp).metric == "context_length"
    assert one_claim("The long-context tier now makes 1M contexts cheap.", nlp).metric == "context_length"
    claims = numeric(extract_claims("The model used a 2048 context length and 90Gb of text.", nlp))
    assert [(c.metric, c.unit) for c in claims] == [("context_length", "tokens"), ("other", "other")]


def test_pass_at_k_scores_points_written_pt_and_operations_per_second(nlp: Language) -> None:
    """'71.2 pass@1' is a percentage solved; 'ahead by 1.3 pt' a score; 'a billion billion operations per second' a
    rate of computing; '12+ contributors' beside downloads are no downloads."""
    claim = one_claim("The 7B model reaches 71.2 pass@1 on HumanEval.", nlp)
    assert (claim.unit, claim.metric) == ("percent", "benchmark_score")
    assert [(c.unit, c.metric) for c in numeric(extract_claims("Our model leads the board by 1.3 pt.", nlp))] == [
        ("points", "benchmark_score")]
    claim = one_claim("The new machine performs a billion billion operations per second.", nlp)
    assert (claim.value, claim.unit) == (1e18, "FLOP/s")
    claims = numeric(extract_claims("Release notes: 12+ contributors and 80k downloads this month.", nlp))
    assert [c.metric for c in claims] == ["other", "downloads"]


def test_compute_that_grew_latency_cut_by_a_share_and_stakes(nlp: Language) -> None:
    """'training compute has grown 8x' is growth, not a chip's speed; '60% lower p99 latency' and 'cut our p95 by
    about 25%' are latency; 'taking a 3-5% stake' is a holding."""
    assert one_claim("Training compute has grown roughly 8x since 2019.", nlp).metric == "growth"
    assert one_claim("H200 performance increased 2x over H100.", nlp).metric != "growth"
    assert one_claim("The cache gives 60% lower p99 latency.", nlp).metric == "latency"
    assert one_claim("Batching cut our p95 by about 25%.", nlp).metric == "latency"
    assert one_claim("The fund is taking a 3-5% stake in the startup.", nlp).metric == "other"


def test_model_card_score_lists_hours_of_audio_and_prices_per_thousand(nlp: Language) -> None:
    """'GSM8K: 81.4, HumanEval: 62.2' are scores; '50,000 hours of speech' and 'speech data of 20,000 hours' are a
    corpus; '$0.02 per 1000 input tokens' is $20 per million, even beside '20 times'; '40ms per token' is latency."""
    claims = numeric(extract_claims("Results: GSM8K: 81.4, HumanEval: 62.2.", nlp))
    assert [(c.value, c.unit, c.metric) for c in claims] == [(81.4, "points", "benchmark_score"), (62.2, "points", "benchmark_score")]
    for text in ("The encoder saw 50,000 hours of English and German speech.", "It learns from speech data of 20,000 hours."):
        assert one_claim(text, nlp).unit == "seconds", text
    claims = numeric(extract_claims("It is 20 times pricier at $0.02 per 1000 input tokens.", nlp))
    assert [(c.value, c.metric) for c in claims] == [(20.0, "other"), (20.0, "price_per_million_tokens")]
    claim = one_claim("Decoding takes about 40ms per token.", nlp)
    assert (claim.unit, claim.metric) == ("seconds", "latency")


def test_ringgit_and_taiwan_dollars_changes_past_version_dots_and_figures_with_words_between(nlp: Language) -> None:
    """'RM12.5 million' and 'NT$90 billion' are sums in other currencies; 'lifted Qwen-2.5-7B's accuracy from 41.2% to
    47.9%' states two levels; '2X speedup with 2X less memory' states two multiples, not one written twice."""
    claims = numeric(extract_claims("Unit sales rose to RM12.5 million and TSMC booked NT$90 billion.", nlp))
    assert [(c.value, c.unit) for c in claims] == [(12.5e6, "other"), (9e10, "other")]
    claims = numeric(extract_claims("Tuning lifted Qwen-2.5-7B's accuracy from 41.2% to 47.9% on the test.", nlp))
    assert [c.value for c in claims] == [41.2, 47.9]
    claims = numeric(extract_claims("The fused kernel gives a 2X speedup with 2X less memory.", nlp))
    assert [c.value for c in claims] == [2.0, 2.0]
    assert [c.metric for c in numeric(extract_claims("It cuts model size by a factor up to 20.", nlp))] == ["other"]


def test_a_closed_code_span_before_a_figure_and_seconds_of_spoken_text(nlp: Language) -> None:
    """After '`tiny-v2-1b`' the code span is closed, so '1B parameters' is a claim; inside '`--epochs 3`' it is not;
    '20 seconds of spoken text' is the length of what is read, not latency."""
    assert one_claim("Our `tiny-v2-1b` is a model with 1B parameters.", nlp).metric == "parameters"
    assert numeric(extract_claims("Run `train.py --epochs 3` first.", nlp)) == []
    assert one_claim("The `speak` call works best with about 20 seconds of spoken text.", nlp).metric == "other"


def test_levels_before_a_change_and_listed_after_it_are_not_growth(nlp: Language) -> None:
    """'30% of new apps will ship agents, up from under 4%' states two levels, as does '... and 40% the year
    before'; 'sales rose 30%, up from 28%' are growth rates."""
    claims = numeric(extract_claims("IDC expects 30% of new apps will ship agents by 2027, up from under 4% in 2024.", nlp))
    assert [c.metric for c in claims] == ["other", "other"]
    claims = numeric(extract_claims("Now 70% of firms use AI, up from 61% last year and 40% the year before.", nlp))
    assert "growth" not in [c.metric for c in claims]
    assert numeric(extract_claims("Cloud sales rose 30%, up from 28% a year ago.", nlp))[0].metric == "growth"


def test_investments_into_companies_totals_and_equity_are_funding(nlp: Language) -> None:
    """A company's 'total investment' in another, an 'equity investment', money 'invested by VCs' or 'into AI startups'
    and 'injecting W100 billion (...) directly into' a startup are funding; a total invested in a project is spending."""
    for text in ("Google added $1 billion, bringing its total investment to about $3 billion.",
                 "The fund agreed a $400 million equity investment in the chip designer.",
                 "Half of the $90 million invested by VCs in robotics went to two firms.",
                 "Angel investors have invested over $50 million into AI agent startups this month.",
                 "The state is injecting $70 million (about 100 billion won) directly into the startup."):
        assert [c.metric for c in numeric(extract_claims(text, nlp)) if c.unit == "USD"][-1] == "funding", text
    assert one_claim("The city's total investment in the project reached $2 billion.", nlp).metric == "spending"


def test_total_costs_and_what_training_costs_are_spending_but_a_chip_price_is_not(nlp: Language) -> None:
    """'the total cost will be $41,000', 'a training run costs about $60 million' and 'fine tune a 7B model for about
    $9' are money spent; 'a single H100 costs ~$30,000' and chips 'which cost $25,000 each' are prices."""
    for text in ("At $2 per GPU-hour for 64 GPUs, the total cost will be $41,000.",
                 "A frontier training run on H100s costs about $60 million in compute.",
                 "You can fine tune a 7B model for about $9."):
        assert [c.metric for c in numeric(extract_claims(text, nlp)) if c.unit == "USD"][-1] == "spending", text
    for text in ("For training, a single H100 costs ~$30,000.", "The lab trained on 2,000 GPUs, which cost $25,000 each."):
        assert [c.metric for c in numeric(extract_claims(text, nlp)) if c.unit == "USD"] == ["other"], text


def test_review_of_version_13_claims_on_near_misses(nlp: Language) -> None:
    """Type sizes, phone names, market sizes, forecast ranges, restatements with a bound, shot counts, fractions
    solved and database operations keep their old readings; 'GSM8K: 94.1' names its benchmark."""
    assert numeric(extract_claims("Set the caption to 10 pt font.", nlp)) == []
    assert one_claim("Huawei's P60 sales grew by 20% in China.", nlp).metric == "growth"
    assert one_claim("The AI chip market size grew by 3x since 2022.", nlp).metric == "growth"
    assert [c.value_high for c in numeric(extract_claims(
        "Nvidia improved its guidance, now expecting revenue from $37 billion to $38 billion.", nlp))] == [38e9]
    assert len(numeric(extract_claims("We trained on 2T tokens (just over 2 trillion).", nlp))) == 1
    assert numeric(extract_claims("Few-shot settings: MMLU: 5, HumanEval: 0.", nlp)) == []
    claim = one_claim("It achieves 0.72 pass@1 on MBPP.", nlp)
    assert (claim.value, claim.unit) == (72.0, "percent")
    assert all(c.unit != "FLOP/s" for c in numeric(extract_claims("The database handles 5,000 operations per second.", nlp)))
    assert numeric(extract_claims("The company's data of 24 hours showed no errors.", nlp)) == []
    claims = numeric(extract_claims("MMLU: 88.2, GSM8K: 94.1, HumanEval: 85.3", nlp))
    assert [c.benchmark for c in claims] == ["MMLU", "GSM8K", "HumanEval"]


def test_speedups_over_other_software_are_throughput_even_beside_a_chip(nlp: Language) -> None:
    """'a 2.4x speedup over Triton implementations' on a B200 and '1.3x gains over the ZeRO-3 baseline' are software
    running faster; 'the B200 trains 2.5x faster than the H100' is a chip's."""
    assert one_claim("The kernel reaches a 2.4x speedup over Triton implementations on B200 GPUs.", nlp).metric == "throughput"
    assert one_claim("Our compiler gives 1.3x performance improvements over the ZeRO-3 baseline.", nlp).metric == "throughput"
    assert one_claim("Expect a 2.2x speedup when running the script on a single A100.", nlp).metric == "throughput"
    assert one_claim("The B200 delivers 2.5x faster training than the H100.", nlp).metric == "chip_performance"


def test_a_percentage_of_memory_saved_is_neither_speed_nor_a_score(nlp: Language) -> None:
    """'cuts memory usage by 45%' beside throughput or benchmark talk is a saving; 'beats its memory by 20% on
    accuracy' is still a score."""
    claims = numeric(extract_claims("It raises training throughput by 15% and cuts memory usage by 45%.", nlp))
    assert [c.metric for c in claims] == ["throughput", "other"]
    assert one_claim("On long-context benchmarks the method reduces memory usage by 70%.", nlp).metric == "other"


def test_second_review_of_version_13_on_near_misses(nlp: Language) -> None:
    """A chip faster than another chip running some software is the chip's speed; money invested by investors in
    projects is spending; '$32 per node-hour' is a price; 'up from $6 billion ... and 40% higher than expected' is a
    change, not a level."""
    assert one_claim("The MI355X is 2x faster than the H100 running vLLM.", nlp).metric == "chip_performance"
    assert one_claim("Our engine is 3x faster than vLLM on the same H100.", nlp).metric == "throughput"
    assert one_claim("Over $50 billion was invested by investors in data center projects.", nlp).metric == "spending"
    assert [c.metric for c in numeric(extract_claims("Training a model costs $32 per node-hour.", nlp))] == ["other"]
    claims = numeric(extract_claims("Revenue rose to $10 billion, up from $6 billion and 40% higher than expected.", nlp))
    assert claims[-1].metric == "growth"


def test_a_market_valued_at_a_sum_is_its_size_in_sales(nlp: Language) -> None:
    """'the AI server market was valued at $120 billion ... projected to reach $400 billion' sizes a market (revenue);
    a company 'valued at' a sum is a valuation."""
    claims = numeric(extract_claims(
        "The AI server market was valued at $120.5 billion in 2024 and is projected to reach $400 billion by 2030.", nlp))
    assert [c.metric for c in claims] == ["revenue", "revenue"]
    assert one_claim("Anthropic was valued at $61.5 billion.", nlp).metric == "valuation"


def test_sums_across_deals_in_venture_reports_are_funding(nlp: Language) -> None:
    """'Seed rounds totalled $9 billion across 2,300 deals' (a venture report) is funding; 'a $200 million deal with
    Lambda to lease servers' and 'signed a $140 million deal' stay other."""
    assert numeric(extract_claims("Seed rounds totalled $9 billion across 2,300 deals.", nlp))[0].metric == "funding"
    assert one_claim("Nvidia reached a $200 million deal with Lambda to lease servers.", nlp).metric == "other"


def test_version_14_rules_learned_from_fresh_tuning_sets(nlp: Language) -> None:
    """Areas keep the unit they are written in; '12ms per image' is a latency; training steps are figures (a
    recipe's '3 steps' is not); a win rate without its sign is a percentage; 'N% faster' than software and a
    system's 'performance improvement' are throughput, developers working faster are not; a reduction in error
    rates is other, not growth."""
    area = one_claim("The first phase spans 980,000 square feet.", nlp)
    assert (area.value, area.unit, area.metric) == (980000.0, "other", "other")
    assert one_claim("The site covers 315 acres.", nlp).value == 315.0
    latency = one_claim("MobileSAM runs around 12ms per image on a single GPU.", nlp)
    assert (latency.unit, latency.metric) == ("seconds", "latency")
    steps = one_claim("We pretrain each model for 1M steps.", nlp)
    assert (steps.value, steps.unit) == (1e6, "count")
    assert numeric(extract_claims("Follow these 3 steps to install it.", nlp)) == []
    score = one_claim("MiniChat-3B achieves a win rate of 48.82 against Davinci-003.", nlp)
    assert (score.value, score.unit, score.metric) == (48.82, "percent", "benchmark_score")
    assert one_claim("ASPEN is 9.99% faster than Baseline@SEQ.", nlp).metric == "throughput"
    assert one_claim("ChatLearn achieves a 52% performance improvement over current systems.", nlp).metric == "throughput"
    assert one_claim("For the 70B setup, the speedup was 208%.", nlp).metric == "throughput"
    assert one_claim("Developers believed they were 20% faster with AI.", nlp).metric != "throughput"
    assert one_claim("The new model has reduced hallucination rates (30% lower).", nlp).metric == "other"


def test_what_a_sum_is_for_compensation_offers_plans_and_run_rates(nlp: Language) -> None:
    """Pay packages, buybacks and an offer to buy are other; a sum naming a data center, a multi-year initiative or
    a national strategy is spending even beside funding; 'at $380B post-money' is a valuation and '$19B
    annualized' a revenue; a chip at '80% of the performance of the B200' is chip performance."""
    assert one_claim("Meta offered $100 million in total compensation to top researchers.", nlp).metric == "other"
    assert one_claim("A consortium made an offer of $97.4 billion to buy the nonprofit.", nlp).metric == "other"
    assert one_claim("The company announced an additional $50 billion in stock buybacks.", nlp).metric == "other"
    claims = numeric(extract_claims(
        "Cohere received $240 million in federal funding to support construction of a $725 million data center in Ontario.", nlp))
    assert [c.metric for c in claims] == ["funding", "spending"]
    claims = numeric(extract_claims(
        "TCS secured $1 billion in funding from TPG as part of a $2 billion, multi-year initiative to build data centers.", nlp))
    assert [c.metric for c in claims] == ["funding", "spending"]
    assert one_claim("The funding is part of Canada's $2 billion Sovereign AI Computing Strategy.", nlp).metric == "spending"
    assert one_claim("US$134.7B expected data center GPU market size by 2031.", nlp).metric != "spending"
    claims = numeric(extract_claims("Anthropic raised a $30B round at $380B post-money on roughly $19B annualized.", nlp))
    assert [c.metric for c in claims] == ["funding", "valuation", "revenue"]
    assert one_claim("The chip achieves roughly 80% of the performance levels seen in the NVIDIA B200.", nlp).metric == \
        "chip_performance"
    assert one_claim("The model family offers 99.3% of the performance of ChatGPT.", nlp).metric != "chip_performance"


def test_growth_rates_shares_of_power_and_traffic_and_what_investors_commit(nlp: Language) -> None:
    """A CAGR and a growth rate are growth; a share of a country's power use is other and a share of web traffic
    market share; an employees' share sale is other; money committed to a company is funding, a joint venture, a
    fab or a plant is spending; a job done 'in less than one second' and a cold start are latencies."""
    assert one_claim("AI spending will speed up at a 20.1 percent CAGR over the next several years.", nlp).metric == "growth"
    assert one_claim("In a downside scenario, that growth rate could be closer to 14%.", nlp).metric == "growth"
    assert one_claim("US data centers use about 4.4 percent of national power consumption.", nlp).metric == "other"
    claims = numeric(extract_claims("Gemini moved from roughly 9% to about 20% of gen-AI traffic over a year.", nlp))
    assert [c.metric for c in claims] == ["market_share", "market_share"]
    assert one_claim("OpenAI has initiated a $1.5 billion share sale for its employees.", nlp).metric == "other"
    claims = numeric(extract_claims("Then Amazon committed $4 billion to it.", nlp))
    assert [c.metric for c in claims] == ["funding"]
    assert one_claim("Microsoft committed $80 billion to AI data centers this year.", nlp).metric == "spending"
    assert one_claim("The partners announced a $15 billion joint venture to develop hyperscale campuses.", nlp).metric == "spending"
    claims = numeric(extract_claims("SK Hynix is building a $14.7 billion fab in Korea and a $3.9 billion packaging plant.", nlp))
    assert [c.metric for c in claims] == ["spending", "spending"]
    latency = one_claim("Stable Audio can render a full song in less than one second on an A100 GPU.", nlp)
    assert (latency.value, latency.metric) == (1.0, "latency")
    claims = numeric(extract_claims("Snapshotting dropped cold starts from roughly 118 seconds to 12 seconds.", nlp))
    assert [c.metric for c in claims] == ["latency", "latency"]
    context = one_claim("InternLM2.5 has outstanding reasoning capability and a 1M Context window.", nlp)
    assert (context.unit, context.metric) == ("tokens", "context_length")


def test_review_of_version_14_on_near_misses(nlp: Language) -> None:
    """A level of a growth rate is growth; shares and revenue growing 'faster' are not a system's speed, nor is a
    benchmark's 'performance improvement'; steps a model was not trained for and a training time 'in less than'
    are not figures of the kind; a sum followed by a clause is not its head; cloud spend 'annualized' is not
    revenue; lower profits are growth; a lab 'led by' people committing money is not funding."""
    assert one_claim("Nvidia's revenue growth accelerated to 94% in the quarter.", nlp).metric == "growth"
    assert one_claim("Shares of Nvidia rose 25% faster than the S&P 500.", nlp).metric != "throughput"
    assert one_claim("Revenue grew 40% faster than expenses.", nlp).metric != "throughput"
    assert one_claim("The model saw a 12% performance improvement on MMLU after fine-tuning.", nlp).metric != "throughput"
    assert numeric(extract_claims("Users can deploy the optimized model in 100 steps or fewer.", nlp)) == []
    assert one_claim("We completed pre-training with a total of 80,000 steps trained.", nlp).value == 80000.0
    assert one_claim("The model was trained in less than 30 seconds per epoch.", nlp).metric != "latency"
    assert one_claim("The startup's revenue reached $100 million, a strategy that impressed investors.", nlp).metric == "revenue"
    assert one_claim("The company's cloud spend is now $5 billion annualized.", nlp).metric != "revenue"
    assert one_claim("Profits were 12% lower in the third quarter.", nlp).metric == "growth"
    assert one_claim("The lab, led by former OpenAI staff, committed $10 million to open-source grants.", nlp).metric != "funding"
    size = one_claim("Our 125m model runs on a phone.", nlp)
    assert (size.value, size.unit) == (1.25e8, "parameters")


def test_version_15_rules_learned_from_fresh_tuning_sets(nlp: Language) -> None:
    """Frame rates of a detector are throughput, of a game other; a detector's AP is a score in points; named
    evaluation measures before a bare figure are points; a PUE is a ratio; money put into AI or into a country is
    spending, into an AI startup funding; a model 'N% smaller' is its size in parameters."""
    assert [(c.metric, c.unit) for c in numeric(extract_claims("Our DLA-34 model runs at 52 FPS with 37.4 COCO AP.", nlp))] == [
        ("throughput", "other"), ("benchmark_score", "points")]
    assert one_claim("The Stadia port doesn't run at a solid 60fps.", nlp).metric == "other"
    assert one_claim("CenterNet reaches 28.1% AP on MS COCO.", nlp).metric == "benchmark_score"
    scores = numeric(extract_claims("For main content extraction, it achieves ROUGE-L of 0.84 and Jaro-Winkler of 0.82.", nlp))
    assert [(c.value, c.unit, c.metric) for c in scores] == [(0.84, "points", "benchmark_score"), (0.82, "points", "benchmark_score")]
    claims = numeric(extract_claims("The act requires a PUE of 1.2 for new data centers and 1.5 for legacy facilities.", nlp))
    assert [(c.value, c.metric) for c in claims] == [(1.2, "other"), (1.5, "other")]
    assert one_claim("The Commission unveiled a €200 billion investment in artificial intelligence, aiming high.", nlp).metric == "spending"
    assert one_claim("AWS announced a $5.88 billion planned investment in Korea through 2027.", nlp).metric == "spending"
    assert one_claim("Meta may invest $10 billion in artificial intelligence startup Scale AI.", nlp).metric == "funding"
    assert one_claim("Microsoft is pouring $80 billion into its artificial intelligence (AI) infrastructure.", nlp).metric == "spending"
    assert one_claim("SSD-1B is a distilled 50% smaller version of SDXL.", nlp).metric == "parameters"
    assert one_claim("The toolkit achieves a 22% reduction in LLM size.", nlp).metric == "parameters"


def test_accuracy_from_one_level_to_another_offers_to_buy_and_what_a_chip_complex_costs(nlp: Language) -> None:
    """An accuracy raised from one score to another gives two scores; a purchase offer is other, not spending; what
    a chip complex cost is spending; a section number or a processor's model number is no figure."""
    claims = numeric(extract_claims("EfficientNet-B4 improves the top-1 accuracy from 76.3% of ResNet-50 to 82.6%.", nlp))
    assert [c.metric for c in claims] == ["benchmark_score", "benchmark_score"]
    assert one_claim("FuriosaAI has reportedly rejected an $800 million purchase offer from Meta.", nlp).metric == "other"
    assert one_claim("The newest line of the chip complex cost more than 10 trillion won just for the exterior.", nlp).metric == "spending"
    assert numeric(extract_claims("2.4 Execute pretraining with the script.", nlp)) == []
    assert numeric(extract_claims("Measurements were made on an Intel i7 13700K.", nlp)) == []


def test_how_long_a_training_job_ran_is_a_figure(nlp: Language) -> None:
    """'trained on 384 H100 GPUs for 24 days' states how long training ran; 'train new models in the next 3 years'
    and a failure 'every three hours' are windows of time."""
    days = [c for c in numeric(extract_claims("The model was trained on 384 H100 GPUs for 24 days.", nlp)) if c.unit == "seconds"]
    assert [(c.value, c.metric) for c in days] == [(24 * 86400.0, "other")]
    assert one_claim("Our model training was completed in 19 hours on a single GPU.", nlp).value == 19 * 3600.0
    assert numeric(extract_claims("We will train new models in the next 3 years.", nlp)) == []
    assert [c for c in numeric(extract_claims("Training on 16,384 GPUs saw one failure every three hours.", nlp))
            if c.unit == "seconds"] == []


def test_review_of_version_15_on_levels_seats_and_shares_of_gdp(nlp: Language) -> None:
    """Seats of an AI product are users; a share of GDP is not growth; 'falling within' a range and a level stated
    with 'is now around' are not changes, while 'profits were 12% lower' still is."""
    seats = one_claim("Corvid reports 20M+ paid Copilot seats this year.", nlp)
    assert (seats.metric, seats.unit) == ("users", "users")
    deal = one_claim("The rollout was driven by a 740,000-seat enterprise deal for Zephyr AI.", nlp)
    assert (deal.metric, deal.value) == ("users", 740000.0)
    assert one_claim("Data center capex now equals roughly 1% of US GDP, analysts say.", nlp).metric == "other"
    shares = numeric(extract_claims("Of the documents, 37.7% are short and 40.5% falling within 8k to 16k tokens.", nlp))
    assert [c.metric for c in shares if c.unit == "percent"] == ["other", "other"]
    assert one_claim("The 5nm line's utilization, which dropped last year, is now around 60%.", nlp).metric != "growth"  # 5nm: a process
    assert one_claim("Profits were 12% lower in the third quarter.", nlp).metric == "growth"


def test_review_of_version_15_on_set_up_times_charges_prices_and_active_parts(nlp: Language) -> None:
    """Loading or installing a model takes time that is not a response latency; an average delay is latency; an
    accounting charge is not spending or revenue; an input price is a token price; '3.6B of 21B parameters are
    active' is the active part; a context length named as such wins over training words; 'well-processed tokens'
    are training data; a named chip 'N times faster' is the chip's performance."""
    assert one_claim("We reduced the Zephyr model load time to 8 seconds.", nlp).metric == "other"
    assert one_claim("The installation process typically takes about 5-10 minutes for the Zephyr LLM.", nlp).metric == "other"
    assert one_claim("In our tests of Zephyr, the average delay was about 2.2 seconds.", nlp).metric == "latency"
    assert one_claim("Corvid expects to incur a charge of up to $5.5 billion this quarter.", nlp).metric == "other"
    assert one_claim("Zephyr Lite's input price ($0.075) beats its rivals.", nlp).metric == "price_per_million_tokens"
    active = numeric(extract_claims("In Corvid-MoE only 3.6B of 21B parameters are active per token.", nlp))
    assert [c.metric for c in active] == ["active_parameters", "parameters"]
    sizes = numeric(extract_claims("Zephyr-34B has a context window length of 32K and is trained on 3.5T "
                                   "well-processed tokens.", nlp))
    assert [c.metric for c in sizes] == ["context_length", "training_tokens"]
    assert one_claim("The TTFT (time to first token) has been reduced by 50% in Zephyr.", nlp).metric == "latency"
    assert one_claim("This is why the H100 is ~3x faster at inference than the A100 for the same model.", nlp).metric \
        == "chip_performance"


def test_review_of_version_15_on_sequence_lengths_losses_and_detector_leads(nlp: Language) -> None:
    """'32768 seq len' is a context length; 'a ~3.80 validation loss' is a score; '16.1 mask APr' is a detector's
    precision in points; 'outperforms previous SOTA by 4.8' is a lead in points; 'from zero to $200 million' is
    the sum reached, not a range from nothing."""
    length = next(c for c in numeric(extract_claims("You can train Zephyr-2B with 32768 seq len on two GPUs.", nlp))
              if c.value == 32768.0)
    assert (length.metric, length.unit) == ("context_length", "tokens")
    loss = one_claim("This code achieves a ~3.80 validation loss on WikiText-103.", nlp)
    assert (loss.metric, loss.unit, loss.value) == ("benchmark_score", "other", 3.8)
    ap = one_claim("The Corvid detector obtains 16.1 mask APr on LVIS.", nlp)
    assert (ap.metric, ap.unit) == ("benchmark_score", "points")
    lead = one_claim("On COCO, Corvid outperforms previous SOTA by 4.8 on novel AP.", nlp)
    assert (lead.metric, lead.unit, lead.value) == ("benchmark_score", "points", 4.8)
    arr = one_claim("Zephyr's ARR skyrocketed from zero to $200 million.", nlp)
    assert (arr.value, arr.value_high, arr.metric) == (2e8, None, "revenue")


def test_review_of_version_15_on_shares_of_respondents_and_whole_costs(nlp: Language) -> None:
    """'with 62% forecasting budget growth' is a share of those asked; 'comprised 11% of revenue' is a share; what a
    whole job would cost is spending, but a fee is not."""
    forecast = numeric(extract_claims("88% of leaders plan to increase AI spending, with 62% forecasting double-digit "
                                      "budget growth.", nlp))
    assert [c.metric for c in forecast] == ["other", "other"]
    assert one_claim("The Zephyr cloud segment comprised 11% of Corvid's revenue.", nlp).metric != "growth"
    assert one_claim("Generating the full dataset with Zephyr would cost approximately ~200$.", nlp).metric == "spending"
    assert one_claim("Solving one problem could cost from $20 in Zephyr API fees.", nlp).metric != "spending"


def test_review_of_version_15_on_counts_of_examples_and_income(nlp: Language) -> None:
    """'5M instruction data' and '1M training steps' count examples and steps, not parameters; net income and
    earnings per share are not revenue."""
    data = one_claim("Zephyr-7B was further fine-tuned using 5M instruction data.", nlp)
    assert (data.metric, data.unit) == ("other", "count")
    steps = one_claim("We uploaded the Corvid model trained for 1M training steps.", nlp)
    assert steps.unit == "count" and steps.metric != "parameters"
    assert one_claim("Corvid's net income rose to $622 million in the quarter.", nlp).metric != "revenue"


def test_falls_are_negative_changes_and_relative_accuracy_gains_are_scores(nlp: Language) -> None:
    """'shares falling 6.5%' and 'a 22.5% drop' are changes below zero, so a sort by growth puts them below the rises;
    'relative accuracy gains of 22%' and '8.45% more accurate' say how much better a model scores."""
    fall = one_claim("Corvid's shares fell 6.5% following the announcement.", nlp)
    assert (fall.metric, fall.value) == ("growth", -6.5)
    drop = one_claim("Zephyr revealed a 22.5% drop in average time spent per daily active user.", nlp)
    assert (drop.metric, drop.value) == ("growth", -22.5)
    assert one_claim("Corvid's revenue rose 46% last year.", nlp).value == 46.0
    gains = numeric(extract_claims("We observe relative accuracy gains of 22% and 25% versus Zephyr and Corvid.", nlp))
    assert [c.metric for c in gains] == ["benchmark_score", "benchmark_score"]
    assert one_claim("Corvid-ASR was on average 8.45% more accurate in Mandarin.", nlp).metric == "benchmark_score"


def test_parts_of_a_whole_company_worth_and_corpus_durations(nlp: Language) -> None:
    """'nearly 90% of sales' is a part of a whole, not a change; 'the first US$5 trillion company' is a valuation;
    'the total duration of the audio is about 1240 hours' is a corpus measured in time, not a window; 'RTX 4090'
    written with a space is a chip; '8192 token-length' is a context length."""
    part = numeric(extract_claims("Zephyr's data center revenue hit $51B, nearly 90% of sales, up 66% year over year.", nlp))
    assert [(c.surface, c.metric) for c in part] == [("$51B", "revenue"), ("90%", "other"), ("66%", "growth")]
    assert one_claim("Corvid became the world's first US$5 trillion company yesterday.", nlp).metric == "valuation"
    audio = one_claim("The total duration of the Zephyr audio is about 1240 hours.", nlp)
    assert (audio.value, audio.unit) == (1240 * 3600.0, "seconds")
    chips = numeric(extract_claims("The RTX 4090 delivers over 20% higher performance than the RTX 3090, but comes at "
                                   "a 40% higher cost.", nlp))
    assert [c.metric for c in chips] == ["chip_performance", "other"]
    length = one_claim("Corvid-Embed supports 8192 token-length.", nlp)
    assert (length.metric, length.value) == ("context_length", 8192.0)


def test_multiples_of_another_thing_and_shares_kept(nlp: Language) -> None:
    """'5x the rate limits of Corvid-3' and 'triple that of Zephyr' set one thing against another, and 'a 10x
    reduction' is a cut, while 'more than four times the current rate' and '5x that of last year' are still changes;
    'delivers 80% of the performance' and 'retaining 99.8% of benchmark accuracy' are shares kept,
    not scores."""
    assert one_claim("Zephyr-4 will have 5x the rate limits of Corvid-3.", nlp).metric == "other"
    assert one_claim("Zephyr will cost more than four times the current rate.", nlp).metric == "growth"
    assert one_claim("Corvid-2 usage was more than triple that of Zephyr.", nlp).metric == "other"
    assert one_claim("Its memory is double that of its predecessor.", nlp).metric == "other"
    assert one_claim("The new recipe achieved a 16x cost reduction over Corvid 1.5.", nlp).metric == "other"
    assert one_claim("This is a 10x reduction from Corvid's current pricing.", nlp).metric == "other"
    assert one_claim("Zephyr's revenue is 5x that of last year.", nlp).metric == "growth"
    assert one_claim("Zephyr's revenue doubled from a year earlier.", nlp).metric == "growth"
    assert one_claim("The 2B Zephyr model delivers 80% of the performance.", nlp).metric == "other"
    assert one_claim("Corvid-Compress shrinks models while retaining 99.8% of benchmark accuracy.", nlp).metric == "other"


def test_n_of_m_counts_and_chip_perf(nlp: Language) -> None:
    """'leads on 23 out of 28 benchmark tasks' records both counts, while 'Part 26 of 30' numbers a series;
    '50 percent higher perf over the MI350' and a DRAM node's '15% better performance' are chip performance."""
    tasks = numeric(extract_claims("Zephyr leads on 23 out of 28 benchmark tasks.", nlp))
    assert [(c.value, c.unit) for c in tasks] == [(23.0, "count"), (28.0, "count")]
    assert numeric(extract_claims("Corvid AI Series · Part 26 of 30", nlp)) == []
    assert one_claim("The Corvid-X parts will offer up to 50 percent higher perf over the MI350 chips.", nlp).metric \
        == "chip_performance"
    assert one_claim("Zephyr's DRAM node achieved 15% better performance.", nlp).metric == "chip_performance"


def test_active_parts_context_support_rank_bands_and_other_levels(nlp: Language) -> None:
    """'activates just 22 billion during use' and '12.9 billion parameters per token' are active parameters; 'supports
    up to 256K tokens' is a context length; 'the top 4 countries' is a rank band, not a count; and a bare number set
    against a count just named ('32 compute units, down from 38') is that count's other level."""
    moe = numeric(extract_claims("While packing a massive 235 billion parameters, Zephyr-MoE activates just 22 billion "
                                 "during actual use.", nlp))
    assert [(c.value, c.metric) for c in moe] == [(235e9, "parameters"), (22e9, "active_parameters")]
    assert one_claim("Corvid uses only 12.9 billion parameters per token.", nlp).metric == "active_parameters"
    assert one_claim("The instructed Zephyr variant supports up to 256K tokens.", nlp).metric == "context_length"
    assert numeric(extract_claims("Pakistan is among the top 4 countries for enrollment in Zephyr courses.", nlp)) == []
    units = numeric(extract_claims("The Corvid X2 features 32 active compute units, down from 38 in the Corvid X1.", nlp))
    assert [(c.value, c.unit) for c in units] == [(32.0, "count"), (38.0, "count")]
    limits = numeric(extract_claims("Weekly limits dropped from approximately 600 advanced searches to 200.", nlp))
    assert [c.value for c in limits] == [600.0, 200.0]
    scaled = numeric(extract_claims("Zephyr was trained on 15 trillion tokens, compared with 2 for its predecessor.", nlp))
    assert [c.value for c in scaled] == [15e12]  # the bare "2" drops a scale, it is not a level of its own


def test_streaks_figures_of_speech_and_unnamed_officials(nlp: Language) -> None:
    """'for seven consecutive months' is a time window, 'seven figures in ARR' a figure of speech and 'Two senior
    officials said' an anonymous source: none is a count; 'down well over 60%' is still a fall."""
    assert numeric(extract_claims("Zephyr has been the most downloaded app for seven consecutive months.", nlp)) == []
    assert numeric(extract_claims("Corvid reached seven figures in ARR within six months.", nlp)) == []
    outlay = numeric(extract_claims("Two senior officials said the outlay for Zephyr was close to $100 million.", nlp))
    assert [c.value for c in outlay] == [1e8]
    assert one_claim("Corvid shares were down well over 60% this year.", nlp).value == -60.0


def test_a_company_described_in_an_appositive_keeps_its_name(nlp: Language) -> None:
    """'Corvid, a Bay Area-based robotics firm, has secured $675 million': the firm the sentence describes, not the
    place named inside its description."""
    with rules_only():
        claim = one_claim("Corvid, a Bay Area-based humanoid robotics firm, has secured a $675 million Series B round.", nlp)
    assert (claim.metric, claim.subject) == ("funding", "Corvid")


def test_subjects_of_doings_possessed_names_and_figures_read_as_names(nlp: Language) -> None:
    """'Loading Zephyr-9B to GPU requires 33GB' is about Zephyr-9B, not the doing; in 'Elon Musk's Zephyr AI
    follows' the possessor parsed as a second subject gives way to the name it owns; a phrase made of a figure ('a 1501 Elo',
    'an estimated 149 zettabytes') is never a subject."""
    with rules_only():
        assert one_claim("Loading Zephyr-9B to GPU requires at least 33GB of GPU memory.", nlp).subject == "Zephyr-9B"
        raised = one_claim("Elon Musk’s Zephyr AI follows closely, securing $10 billion in a new round.", nlp)
        assert raised.subject == "Zephyr AI"
        elo = one_claim("Therefore, a 1501 Elo implies Corvo-3 won more pairwise votes than any rival.", nlp)
        assert elo.subject is None or "1501" not in elo.subject
        data = numeric(extract_claims("In 2024 alone, an estimated 149 zettabytes of data were created, with data creation "
                                      "projected to reach 394 zettabytes by 2028.", nlp))
    assert [c.value for c in data] == [1.49e23, 3.94e23]
    assert all(c.subject is None or "zettabytes" not in c.subject for c in data)


def test_fractional_detector_scores_and_steps_of_a_run(nlp: Language) -> None:
    """'0.448 mAP' is a score written as a fraction and '37.4 COCO AP' one in points, as annotators write them; a training run's
    iterations ('training for 100k iterations') are a figure like its steps, a recipe's steps are not."""
    fraction = one_claim("Our Zephyr-AST model achieves 0.448 mAP on AudioSet.", nlp)
    assert (fraction.metric, fraction.unit) == ("benchmark_score", "points")
    assert one_claim("Our Corvo-34 detector runs with 37.4 COCO AP.", nlp).unit == "points"
    assert [c.value for c in numeric(extract_claims("After training for 100k iterations, the video is ready.", nlp))] == [1e5]
    assert numeric(extract_claims("Just follow these 3 steps to install Zephyr.", nlp)) == []


def test_a_list_that_says_its_verb_once_pairs_each_figure_with_its_own_name(nlp: Language) -> None:
    """'59% use Zephyr, 51% Corvo and 34% Tessel', 'Acme Labs raised $1.75B, Corvid about $767M and Tessel $641M':
    each figure belongs to the name in its own list item, not to the sentence's subject."""
    with rules_only():
        shares = numeric(extract_claims("More specifically, 59% of those surveyed use Zephyr, 51% Corvo, and 34% Tessel.", nlp))
        raised = numeric(extract_claims("Acme Labs has raised about $1.75B, Corvid about $767M, and Tessel about "
                                        "$641M.", nlp))
    assert [c.value for c in shares] == [59.0, 51.0, 34.0]
    assert [c.subject for c in shares][1:] == ["Corvo", "Tessel"]
    assert [(c.value, c.subject) for c in raised] == [(1.75e9, "Acme Labs"), (7.67e8, "Corvid"), (6.41e8, "Tessel")]


def test_an_owner_the_tagger_reads_as_an_adjective_is_still_a_name_on_offer(nlp: Language) -> None:
    """'Lovable's reported ARR': a capitalised word before "'s" owns the figure even when tagged an adjective, so
    the learned choice can name it; 'Today's' owns nothing."""
    with subjects_seen() as seen:
        extract_claims("Lovable's reported ARR climbed from $100M to $400M in seven months, per TechCrunch.", nlp)
        extract_claims("Today's market grew 5% to $3 billion.", nlp)
    names = [{o.name for o in choice.options} for choice in seen]
    assert len(names) == 4  # two figures in each sentence
    assert all("Lovable" in n for n in names[:2])
    assert all("Today" not in n for n in names[2:])


def test_money_put_into_a_company_is_its_funding_and_a_project_valued_at_is_spending(nlp: Language) -> None:
    """An investor's money into a company ('invested $14.3 billion in AI infrastructure company Corvid', 'the $13
    billion it had already invested in the startup') is funding; into a country or data centres it is spending; a
    project 'valued at' a sum is what will be spent, not a company's valuation."""
    assert one_claim("Zephyr has invested $14.3 billion in AI infrastructure company Corvid.", nlp).metric == "funding"
    assert one_claim("Zephyr said the $13 billion it had already invested in the startup paid off.", nlp).metric == "funding"
    assert one_claim("Zephyr will invest $10 billion in Japan over two years.", nlp).metric == "spending"
    assert one_claim("Zephyr plans to invest $80 billion in AI data centers.", nlp).metric == "spending"
    assert one_claim("Corvid is launching a $100 million fund to invest in early-stage startups.", nlp).metric == "spending"
    for spent in ("Corvid invested $20 million in research labs.", "Corvid invested $1 billion in its own labs.",
                  "Corvid invested $1 billion in the developer ecosystem."):
        assert one_claim(spent, nlp).metric == "spending", spent
    assert one_claim("Corvid plans an IPO valued at $10 billion.", nlp).metric == "valuation"  # "plans" the verb
    assert one_claim("The project, valued at $1 billion, will use geothermal power.", nlp).metric == "spending"
    money = [c for c in numeric(extract_claims("The regulator approved four data-centre projects worth approximately "
                                               "US$3.1 billion.", nlp)) if c.unit == "USD"]
    assert [c.metric for c in money] == ["spending"]


def test_a_datelines_month_is_never_a_subject(nlp: Language) -> None:
    """'Dalian, 27 Jun 2017 - Global GDP will be 14% higher': 'Jun' is the date, not who the figure is about."""
    with rules_only():
        claims = numeric(extract_claims("Tessel, 27 Jun 2017 - Global GDP will be 14% higher in 2030 as a result of AI.", nlp))
    assert [c.value for c in claims] == [14.0]
    assert claims[0].subject != "Jun"
    with rules_only():  # "Sun" and "DEC" are companies too
        assert one_claim("Sun sold 5,000 servers in 1999.", nlp).subject == "Sun"
        assert one_claim("DEC sold 5,000 machines in 1985.", nlp).subject == "DEC"


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("The company has invested an additional $2 million in grants in nonprofits and schools.", "spending"),
        ("Lumen also plans to grant $10 million to the University of Tokyo.", "spending"),
        ("The college was awarded a $350,000 grant to cover the cost of the course.", "funding"),
        # a question to the reader leaves the money the company's
        ("You might be wondering: if Lumen plans to spend $80B on AI data centers this year, why wait?", "spending"),
        ("A cluster of that size would have cost around $400M two years ago.", "spending"),
        ("It took 3,784 A100-hours (cost of $7,600) to pre-compute the latents.", "spending"),
        ("An estimated cost of $25,000 per GPU adds up quickly.", "other"),
        ("The round saw investments of $50 billion, $30 billion and $30 billion from its backers.", "funding"),
        ("Kestrel is in talks to raise $500M at a $14B valuation¹.", "valuation"),  # a footnote mark
        ("Other backers included Tiger Global Management, which put in $350 million.", "funding"),
        ("Kestrel-2: an open model that rivals the leaders, costing less than $5 million.", "spending"),
        ("With the tablet costing $499, buyers may wait.", "other"),
    ],
)
def test_grants_given_and_sums_spent(nlp: Language, text: str, metric: str) -> None:
    """Grants a company gives are its spending, a grant won is funding; a cluster's cost is what was spent."""
    assert numeric(extract_claims(text, nlp))[-1].metric == metric


def test_a_change_from_a_default_states_both_ends(nlp: Language) -> None:
    claims = numeric(extract_claims("Tuning raises speed from the default 13.0 tokens per second to 15.6.", nlp))
    assert [(c.value, c.unit, c.metric) for c in claims] == [(13.0, "tokens/s", "throughput"), (15.6, "tokens/s", "throughput")]
    claims = numeric(extract_claims("We start at 10.3 tokens per second and improve to 12.1.", nlp))
    assert [(c.value, c.unit) for c in claims] == [(10.3, "tokens/s"), (12.1, "tokens/s")]


def test_a_gpu_s_number_is_not_a_count(nlp: Language) -> None:
    claim = one_claim("Across models, the 5090 delivers 28–67% more tokens per second.", nlp)
    assert (claim.value, claim.metric) == (28.0, "throughput")
    claim = one_claim("Their paper explains they used 2048 H800s.", nlp)
    assert (claim.value, claim.unit) == (2048.0, "accelerators")


def test_tokens_of_a_test_set_are_not_training_tokens(nlp: Language) -> None:
    claim = one_claim("We have also curated a test dataset comprising 250 million tokens.", nlp)
    assert (claim.unit, claim.metric) == ("tokens", "other")


def test_installations_of_a_site_are_not_downloads(nlp: Language) -> None:
    claim = one_claim("The firm plans to build six installations in the state of Querétaro.", nlp)
    assert claim.unit == "count"


def test_a_line_labelled_with_a_product_names_it(nlp: Language) -> None:
    claims = numeric(extract_claims("Sonnet 4.6: $3/$15 per million tokens - balanced cost", nlp))
    assert [(c.value, c.subject) for c in claims] == [(3.0, "Sonnet 4.6"), (15.0, "Sonnet 4.6")]
    claims = numeric(extract_claims("Step 2: continued pre-training on 500B tokens of code.", nlp))
    assert claims and claims[0].subject != "Step 2"


def test_a_dataset_s_tokens_are_training_tokens_only_where_training_is_said(nlp: Language) -> None:
    claim = one_claim("Lumen-Web is an open dataset with one trillion text tokens.", nlp)
    assert claim.metric == "other"
    claim = one_claim("The model was pre-trained on a dataset of one trillion tokens.", nlp)
    assert claim.metric == "training_tokens"


def test_a_count_named_after_the_gpus_and_an_adjective_before_a_size(nlp: Language) -> None:
    claim = one_claim("We benchmarked throughput as we scale the number of A100 GPUs from 8 to 128.", nlp)
    assert (claim.unit, claim.metric) == ("accelerators", "accelerator_count")
    claims = numeric(extract_claims("You can download our base 7B model and our chat 7B model here.", nlp))
    assert [(c.value, c.metric) for c in claims] == [(7e9, "parameters"), (7e9, "parameters")]
    claim = one_claim("Cached inputs ($0.50/1M) make it cheap for multi-turn chat.", nlp)
    assert claim.metric == "price_per_million_tokens"


def test_seconds_written_with_an_s(nlp: Language) -> None:
    claims = numeric(extract_claims("With the new cache, it cuts the inference latency from 60s to 6s!", nlp))
    assert [(c.surface, c.value, c.unit) for c in claims] == [("60s", 60.0, "seconds"), ("6s", 6.0, "seconds")]
    assert [(c.value, c.unit) for c in numeric(extract_claims("Updating the weights takes about 20s.", nlp))] == [(20.0, "seconds")]
    assert numeric(extract_claims("Models grew to 10s or even 100s of billions of parameters.", nlp)) == []
    assert numeric(extract_claims("Many retirees in their 60s now use chatbots.", nlp)) == []
    assert numeric(extract_claims("They grew up in Canada in the ’80s and ’90s.", nlp)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Highs will reach the upper 90s on Sunday across Texas.", []),
        ("Most of the new hires are in their 20s and 30s.", []),
        ("Ryanair took delivery of more 737s this year than any other airline.", []),  # no decade, but an aircraft
        # type, which the learned count judgement drops since v26
        ("The 300 wins made him the most successful coach in league history.", [(300.0, "count", "other")]),
        ("The program cost $3 billion, and hospitalizations fell to 12/1M residents.", [(3e9, "USD", "other")]),
        ("The lab was awarded an $8 million grant to study battery chemistry.", [(8e6, "USD", "funding")]),
        ("Acme has received $5 million in grants from the Department of Energy.", [(5e6, "USD", "funding")]),
        ("For the Pro tier, you might be asked to pay $200 a month.", [(200.0, "USD", "other")]),
        ("The new AI laptop, costing $1,299, ships with a built-in model.", [(1299.0, "USD", "other")]),
        ("The bank said the restructuring came at a cost of $300 million.", [(3e8, "USD", "other")]),
        ("Microsoft, which invested $10 billion last year in new factories, reported higher profit.", [(1e10, "USD", "spending")]),
        ("The city, which put in $20 million for road repairs, opened the bridge.", [(2e7, "USD", "other")]),
        ("The startup reported a 40% increase in revenue after its API reached 900 tokens per second.",
         [(40.0, "percent", "growth"), (900.0, "tokens/s", "throughput")]),
        ("The model, which tops the test set leaderboard, saw 15 trillion tokens during its pre-training.",
         [(1.5e13, "tokens", "training_tokens")]),
        ("Tickets for the final go on sale Friday, priced from $50 to $200.", [(50.0, "USD", "other")]),
    ],
)
def test_rules_stay_within_their_cases(nlp: Language, text: str, expected: list[tuple[float, str, str]]) -> None:
    """Ages, temperatures, aircraft, wins, health rates, grants won, prices and ranges keep their old reading."""
    assert [(c.value, c.unit, c.metric) for c in numeric(extract_claims(text, nlp))] == expected


def test_a_fiscal_year_label_and_a_short_model_name(nlp: Language) -> None:
    assert one_claim("FY24: Revenue grew to $4.1 billion.", nlp).subject != "FY24"
    assert one_claim("In our tests, 4o scored 88.7% on MMLU.", nlp).subject == "4o"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The agent loop fits in about 2,500 lines of code.", [(2500.0, "count", "other")]),
        ("The essay rests on three lines of argument.", []),
        ("The new model posts a 68.42 average score across the suite.", [(68.42, "points", "benchmark_score")]),
        ("Acme's shares rose, lifting the company's market cap past $3 trillion as investors piled in.",
         [(3e12, "USD", "valuation")]),
        ("The stock price slipped to $184, leaving Acme's market cap at $4.5 trillion.",
         [(184.0, "USD", "other"), (4.5e12, "USD", "valuation")]),
        ("Acme's share fell by four points over the summer.", [(4.0, "points", "market_share")]),
        ("Fine-tuning raises the success rate of the model from 21.4 to 88.9, an improvement of 67.5 points.",
         [(21.4, "points", "benchmark_score"), (88.9, "points", "benchmark_score"), (67.5, "points", "growth")]),
        ("It reaches a 71.5% win rate against the baseline and 58.2% against the larger model.",
         [(71.5, "percent", "benchmark_score"), (58.2, "percent", "benchmark_score")]),
        ("Caching gave a 30-percent improvement in end-to-end latency on the search service.", [(30.0, "percent", "latency")]),
        ("We release Arithmo, a 4.2B high-quality mathematical pre-training corpus.", [(4.2e9, "tokens", "training_tokens")]),
        ("The release ships a 52B billion parameter model.", [(5.2e10, "parameters", "parameters")]),
        ("The share rally put Acme into the exclusive $2 trillion club.", [(2e12, "USD", "valuation")]),
        ("A year after crossing $3 trillion, Acme is the world's most valuable company.", [(3e12, "USD", "valuation")]),
        ("The `7b` and `13b` versions of the model are public.", [(7e9, "parameters", "parameters"), (1.3e10, "parameters", "parameters")]),
    ],
)
def test_claims_v22_readings(nlp: Language, text: str, expected: list[tuple[float, str, str]]) -> None:
    """Lines of code, average scores, market caps and share prices, share moves in points, a score's before and
    after, win rates, latency gains, a corpus's size and a scale said twice."""
    assert [(c.value, c.unit, c.metric) for c in numeric(extract_claims(text, nlp))] == expected


def test_a_list_of_benchmarks_and_a_list_of_names(nlp: Language) -> None:
    """Benchmarks listed with their scores in brackets keep the model as subject; names listed with signed changes
    each own their change; a name before "-backed" is an investor, never the subject."""
    listed = numeric(extract_claims(
        "Our flagship model Corvo-9 leads its size class in accuracy on ChartQA (71.2%), DocVQA (88.4%), and InfoVQA (64.9%).", nlp))
    assert [(c.value, c.metric, c.subject, c.benchmark) for c in listed] == [
        (71.2, "benchmark_score", "Corvo-9", "ChartQA"), (88.4, "benchmark_score", "Corvo-9", "DocVQA"),
        (64.9, "benchmark_score", "Corvo-9", "InfoVQA")]
    signed = numeric(extract_claims("Weekly visits: Acme +40% YoY, Borealis +12% YoY, Cobalt +75% YoY", nlp))
    assert [(c.value, c.subject) for c in signed] == [(40.0, "Acme"), (12.0, "Borealis"), (75.0, "Cobalt")]
    assert one_claim("Reports say a Nvidia-backed startup, Corvid Labs, seeks a $3 billion valuation.", nlp).subject == "Corvid Labs"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tariffs weigh on China (34%), Vietnam (46%) and Cambodia (49%) most heavily.",
         [(34.0, "percent", "other"), (46.0, "percent", "other"), (49.0, "percent", "other")]),
        ("Acme's annual revenue crossed $150 billion last year, though its valuation lagged peers.", [(1.5e11, "USD", "revenue")]),
        ("Global AI spending will cross the $1 trillion mark by 2027, analysts said.", [(1e12, "USD", "spending")]),
        ("The latency reduction program cost $4 million, about 8% of the IT budget.", [(4e6, "USD", "other"), (8.0, "percent", "other")]),
        ("Latency improvements were cited by 35% of respondents in the survey.", [(35.0, "percent", "other")]),
        ("Labor's share of national income fell 3 points over the decade.", [(3.0, "points", "growth")]),  # a change over time
        ("Each share rose by 2 points in early trading on the Nasdaq.", [(2.0, "points", "growth")]),
        ("Simone Biles posted a 15.3 vault score to win gold.", [(15.3, "count", "other")]),
        ("Rate cuts improved the fund's performance from 4.25 to 6.10 over the year.", []),
        ("Critics gave the film scores from 6.5 to 9.0.", [(6.5, "count", "other")]),
        ("Sales reps saw a 20% increase in win rates after adopting the copilot.", [(20.0, "percent", "growth")]),
        ("The model showed an improvement of 4.5 points on MMLU over its predecessor.", [(4.5, "points", "benchmark_score")]),
        ("Microsoft's debt crossed the $100 billion mark as its shares fell.", [(1e11, "USD", "other")]),
        ("The Democrats' share of the popular vote fell 3 points.", [(3.0, "points", "growth")]),
        ("Apple's share price fell 3 points on Friday.", [(3.0, "points", "growth")]),
        ("Djokovic has a 78% win rate versus top-10 players on clay.", [(78.0, "percent", "other")]),
        ("Surgeons raised the success rate of the procedure from 61.5 to 78.2 after training.", []),
        ("Judges improved their process; each entrant received a score from 1.5 to 9.5.", [(1.5, "count", "other")]),  # one range (to 9.5), kept
        # the learned metric (v26) takes a "benchmark exam" for a benchmark: a known slip, left to the model (a guard
        # on AI talk would cost the many README scores said without it)
        ("Students posted a 3.45 average score on the state benchmark exam.", [(3.45, "count", "benchmark_score")]),
        ("The upgrade brought a 40% cut in latency-related support tickets.", [(40.0, "percent", "other")]),
    ],
)
def test_v22_rules_stay_within_their_cases(nlp: Language, text: str, expected: list[tuple[float, str, str]]) -> None:
    """Holdings and tariffs in brackets, revenue and spending passing a mark, latency as a topic, a share of income or a
    stock, a gymnast's score, a fund's performance, a range of scores, a change in win rates, a gain on a benchmark."""
    assert [(c.value, c.unit, c.metric) for c in numeric(extract_claims(text, nlp))] == expected


def test_investors_and_names_that_look_like_verbs(nlp: Language) -> None:
    claims = numeric(extract_claims(
        "Nvidia reported $30 billion in quarterly revenue, while Nvidia-backed CoreWeave raised $7.5 billion.", nlp))
    assert [c.subject for c in claims] == ["Nvidia", "CoreWeave"]
    assert one_claim("The Sequoia-backed startup Acme raised $50 million in a Series B round.", nlp).subject == "Acme"
    assert [c.surface for c in numeric(extract_claims("Kling 2.1 generates 1080p video clips up to 10 seconds long.", nlp))] == [
        "10 seconds"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Llama 4 Scout leads on ChartQA (88.8%), DocVQA (94.4%) and InfoVQA (71.0%).",
         [(88.8, "benchmark_score", "ChartQA"), (94.4, "benchmark_score", "DocVQA"), (71.0, "benchmark_score", "InfoVQA")]),
        ("DPO lifts the performance of Mistral-7B from 45.3 to 52.8 on AlpacaEval.",
         [(45.3, "benchmark_score", "AlpacaEval"), (52.8, "benchmark_score", "AlpacaEval")]),
        ("Phi-4 reaches a 71.3 overall score on the HELM suite.", [(71.3, "benchmark_score", None)]),
        ("Its share fell 3 points in October as Gemini gained ground.", [(3.0, "market_share", None)]),
    ],
)
def test_v22_rules_reach_plain_model_talk(nlp: Language, text: str, expected: list[tuple[float, str, str | None]]) -> None:
    """A model's numbered name is enough model talk for a list of benchmark scores, a score's before and after or an
    overall score; "its share" moves in points."""
    assert [(c.value, c.metric, c.benchmark) for c in numeric(extract_claims(text, nlp))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Flash-Lite at $0.10/M is the cheapest entry in the tier.", [(0.1, "USD", "price_per_million_tokens")]),
        ("The Plus plan costs $20/m per seat.", [(20.0, "USD", "other")]),
        ("Fast: 380 sentences/s on a single Tesla M40.", [(380.0, "other", "throughput")]),
        ("USB-C brings data speeds of up to 10Gbps.", [(1e10, "other", "other")]),
        ("Phones can run 20-30 billion models these days.", [(2e10, "parameters", "parameters")]),
        ("The released set has about 26.27 hours in total.", [(94572.0, "seconds", "other")]),
        ("Nvidia is set to invest $200 million in an artificial intelligence center in Surakarta.",
         [(2e8, "USD", "spending")]),
        ("Microsoft will invest $2.1 billion in data centres in Madrid.", [(2.1e9, "USD", "spending")]),
        ("Two more data centers would bring the total investment up to about 500 million euros.",
         [(5e8, "EUR", "spending")]),  # "Two more": a small count the learned judgement (0.38 in v26) leaves dropped
        ("SoftBank will invest $40 billion in OpenAI.", [(4e10, "USD", "funding")]),
        ("Private investment in generative AI reached $33.9 billion in 2024.", [(3.39e10, "USD", "funding")]),
        ("14 billion reais will be channeled into business innovation.", [(1.4e10, "other", "spending")]),
        ("Samsung's HBM market share fell below 30% in the first quarter.", [(30.0, "percent", "market_share")]),
        ("The Democrats' share of the vote fell to 41%.", [(41.0, "percent", "other")]),
        ("Nvidia (NVDA -3.01%) has been one of the hottest stocks.", [(-3.01, "percent", "growth")]),
    ],
)
def test_v23_rules(nlp: Language, text: str, expected: list[tuple[float, str, str]]) -> None:
    """Prices per M, work per second, a size before "models", a total of hours, money put into a site or a centre, rand
    and reais."""
    assert [(c.value, c.unit, c.metric) for c in numeric(extract_claims(text, nlp))] == expected


def test_names_that_are_no_subject(nlp: Language) -> None:
    """A scale letter after a sum, a measure and a line's opening verb are no names."""
    claims = numeric(extract_claims("The company secured $82 million in Series A funding last November.", nlp,
                                    context="GMI Cloud Building $500M AI Data Center in Taiwan"))
    assert [c.value for c in claims] == [8.2e7] and not (claims[0].subject or "").startswith("M ")
    claims = numeric(extract_claims("The valuation went from $1.16B in 2023 to $3B in January 2026.", nlp,
                                    context="Replit, 2025: $9B, 2,352% ARR Growth"))
    assert all(c.subject != "ARR Growth" for c in claims)
    claims = numeric(extract_claims("Advanced Facial Animation: Captures 33 distinct facial expressions.", nlp,
                                    context="SkyReels-V1"))
    assert [c.subject for c in claims] == ["SkyReels-V1"]


def test_a_headlines_verb_ends_the_name_before_it(nlp: Language) -> None:
    """In a Title Case headline every capitalised word looks like a proper noun; its verbs ('Achieves', 'Surges',
    'Will') are found by tagging it without the capitals, and end the names before them."""
    claims = numeric(extract_claims("It reached 1.742 exaflops on the HPL benchmark.", nlp,
                                    context="TOP500: El Capitan Achieves Top Spot, Frontier and Aurora Follow Behind"))
    assert [c.subject for c in claims] == ["El Capitan"]
    with rules_only():  # the names the rules read in the title (the ranker weighs them against the title's others)
        claims = numeric(extract_claims("The unit grew 409% from a year earlier.", nlp,
                                        context="Nvidia’s Data Center Unit Surges to $18.4 Billion in Sales, Highlighting AI Boom!"))
    assert [c.subject for c in claims] == ["Data Center Unit"]
    claims = numeric(extract_claims("It delivers 2.9 exaflops.", nlp, context="Amazon Nova Pro Matches GPT-4o at Lower Cost"))
    assert [c.subject for c in claims] == ["Amazon Nova Pro"]  # a name the gazetteer knows stays whole
    # a title written like a sentence is tagged as it stands
    claims = numeric(extract_claims("It reached 1.742 exaflops on the HPL benchmark.", nlp,
                                    context="El Capitan tops the list of the fastest supercomputers"))
    assert [c.subject for c in claims] == ["El Capitan"]


def test_known_names_take_the_gazetteer_spelling(nlp: Language) -> None:
    """A repository's name as a title, or a slug's words, name the entity the kb knows as it spells it; a name the
    sentence writes is quoted as written."""
    claims = numeric(extract_claims("The model has 27 billion parameters.", nlp, context="Gemma3"))
    assert [(c.subject, c.value) for c in claims] == [("Gemma 3", 2.7e10)]
    claims = numeric(extract_claims("The app now has 20 million monthly users.", nlp, context="Character Ai Hits 20M Users"))
    assert [c.subject for c in claims] == ["Character.AI"]
    claims = numeric(extract_claims("Gemma3 has 27 billion parameters.", nlp))
    assert [c.subject for c in claims] == ["Gemma3"]
    claims = numeric(extract_claims("It has 27 billion parameters.", nlp, context="Gemma3\n\nGemma3 was released in March."))
    assert [c.subject for c in claims] == ["Gemma3"]  # the text writes it so
    claims = numeric(extract_claims("It runs at 50 tokens per second.", nlp, context="Gemma3"))
    assert [c.subject for c in claims] == ["Gemma 3"]  # the project a README's title names


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Data center revenue rose 93 percent to $35.6 billion.", "Data center"),
        ("Worldwide IT spending will increase by 8% this year.", "worldwide IT"),
        ("For Meta, Q4 revenue climbed 24% on strong advertising.", "Meta"),
        ("Nvidia stock fell 3% on Friday.", "Nvidia"),
    ],
)
def test_a_subject_is_not_the_measure(nlp: Language, text: str, subject: str) -> None:
    """"Data center revenue" is the data center's, "Nvidia stock" Nvidia's; "Q4 revenue" names nobody, so a name
    elsewhere in the sentence stands."""
    claim = numeric(extract_claims(text, nlp))[0]
    assert claim.subject is not None and subject.lower() in claim.subject.lower()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 2024 RAND report found that 80% of AI projects fail.", [(80.0, "percent", "other")]),
        ("DeepSeek R1 million-token context windows are coming.", []),
        ("The Boeing 777 M deal was scrapped.", []),
        ("The new round brings Nvidia's total investment to $2 billion, and xAI will use it to build Colossus 2.",
         [(2e9, "USD", "funding")]),
        ("Microsoft invested $2 billion in an OpenAI rival.", [(2e9, "USD", "funding")]),
        ("Alibaba invested $1 billion in an AI unicorn.", [(1e9, "USD", "funding")]),
        ("Nvidia invested $50 million in Factory, the AI coding startup.", [(5e7, "USD", "funding")]),
        ("The platform serves 10 billion model requests per day.", [(1e10, "count", "other")]),
        ("Gamers built 1 billion models in Roblox Studio last year.", [(1e9, "count", "other")]),
        ("We tested 8 billion and 70 billion models.", [(8e9, "parameters", "parameters"), (7e10, "parameters", "parameters")]),
        ("The dataset, by the company's own account, spans 36 trillion tokens.", [(3.6e13, "tokens", "other")]),
        ("Office space in Shenzhen costs $25/m² on average.", [(25.0, "USD", "other")]),
        ("Ad inventory sells for $2.50/M impressions.", [(2.5, "USD", "other")]),
        ("Over a total of four years, the EU will invest €200 billion in AI.", [(2e11, "EUR", "spending")]),
        ("Within 72 hours of Data Protection Commission approval, it launched.", []),
        ("The turbine spins at 3,000 revolutions/s.", [(3000.0, "other", "other")]),
        ("Nvidia data center revenue, driven by AI spending, rose 22% to $47.5 billion.",
         [(22.0, "percent", "growth"), (4.75e10, "USD", "revenue")]),
        ("Funding raised by AI startups jumped 60% to $90 billion.", [(60.0, "percent", "growth"), (9e10, "USD", "funding")]),
        ("While revenue grew, spending on R&D rose 15% to $8 billion.", [(15.0, "percent", "growth"), (8e9, "USD", "spending")]),
        ("Despite record revenue, net income fell 12% to $3 billion.", [(-12.0, "percent", "growth"), (3e9, "USD", "other")]),
        ("Sales beat forecasts and the share price rose 7% to $98 in early trading.",
         [(7.0, "percent", "growth"), (98.0, "USD", "other")]),
        ("Private investment in the new chip plants reached $50 billion.", [(5e10, "USD", "spending")]),
        ("Amazon will invest $100 million in a customer-service chatbot.", [(1e8, "USD", "spending")]),
        ("The state's share of the budget rose to 12%.", [(12.0, "percent", "other")]),
        ("Samsung's HBM market share slid below 30%.", [(30.0, "percent", "market_share")]),
        ("Pruning costs little accuracy on reasoning (MMLU -1.2%) at half the size.",
         [(-1.2, "percent", "benchmark_score"), (0.5, "other", "other")]),
        ("Roughly 1 billion models are served each month.", [(1e9, "count", "other")]),
        ("The released set has a total of 26.27 hours.", [(94572.0, "seconds", "other")]),
        ("Open models cost $0.20/M on average, versus $2/M for closed ones.",
         [(0.2, "USD", "price_per_million_tokens"), (2.0, "USD", "price_per_million_tokens")]),
    ],
)
def test_v23_rules_stay_within_their_cases(nlp: Language, text: str, expected: list[tuple[float, str, str]]) -> None:
    """The RAND think tank, model names before a scale, an investor's total, a company invested in, counts of models,
    the idiom "by its own account", prices per square metre or per thousand views, time windows called a total and
    a measure moved to a level past a comma; a measure moved to a level owns it only within its own phrase, a
    company's own chatbot is spending, and a share of a budget, a benchmark's change in brackets, models served and
    prices per M beside "on average" keep their reading."""
    assert [(c.value, c.unit, c.metric) for c in numeric(extract_claims(text, nlp))] == expected


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Annualized revenue hit $13 billion, two people told Reuters.", "Annualized revenue"),
        ("Q3 revenue hit $12 billion, beating the forecast from Goldman Sachs.", "Q3 revenue"),
    ],
)
def test_a_measure_does_not_pass_its_subject_to_an_outlet(nlp: Language, text: str, subject: str) -> None:
    assert one_claim(text, nlp).subject == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Nvidia said data center revenue was $41 billion.", "Nvidia"),
        ("T. Rowe Price manages $1.6 trillion in assets.", "T. Rowe Price"),
        ("Series A funding totalled $30 billion last year.", "Series A"),
        ("While cloud revenues rose by 22% year over year, the growth slowed.", "cloud"),
    ],
)
def test_a_measure_is_stripped_only_where_no_company_is_named(nlp: Language, text: str, subject: str) -> None:
    assert numeric(extract_claims(text, nlp))[0].subject == subject


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This should give you a ROUGE-L score of ~54.0 on the test set.", [(54.0, "points", "benchmark_score")]),
        ("The 4,096 token limit meant conversations were short.", [(4096.0, "tokens", "context_length")]),
        ("The maximum number of input tokens is limited to 6,000.", [(6000.0, "tokens", "context_length")]),
        ("This tier supports a 200,000-token context window and a 100,000-token maximum output limit.",
         [(200000.0, "tokens", "context_length"), (100000.0, "tokens", "other")]),
        ("Nigeria had 205.4 million active mobile connections.", [(205400000.0, "count", "other")]),
        ("SoftBank shares have gained about 30% in the last 10 trading days.", [(30.0, "percent", "growth")]),
        ("It was approved with an expenditure of Rs 10,300 crore.", [(103000000000.0, "other", "spending")]),
        ("The project cost $120m.", [(120000000.0, "USD", "spending")]),
        ("South Africa leads with an AI user share of 19.34 percent.", [(19.34, "percent", "other")]),
        ("Usage is 86 percent, higher than the global average of 75 percent.",
         [(86.0, "percent", "other"), (75.0, "percent", "other")]),
        ("Over 1.2 billion people worldwide have used AI tools.", [(1200000000.0, "users", "users")]),
        ("About 34 million adults in the UK have used generative AI, Ofcom said.", [(34000000.0, "users", "users")]),
        ("PLN 340 million will be provided by the Polish government.", [(340000000.0, "other", "funding")]),
        ("Microsoft reported $81.3 billion in revenue and $38.3 billion in operating income.",
         [(81300000000.0, "USD", "revenue"), (38300000000.0, "USD", "other")]),
        ("It posted revenue of $10.3B, with free cash flow of $2.2B.", [(10300000000.0, "USD", "revenue"), (2200000000.0, "USD", "other")]),
        ("The company had 385 employees, with an average age of 29.", [(385.0, "count", "other"), (29.0, "other", "other")]),
        ("Its capital expenditures were $34.9 billion this quarter.", [(34900000000.0, "USD", "spending")]),
        ("We schedule 390 billion tokens at context length 4096 followed by 100 billion tokens at 16k tokens.",
         [(390e9, "tokens", "training_tokens"), (4096.0, "tokens", "context_length"), (100e9, "tokens", "training_tokens"),
          (16000.0, "tokens", "context_length")]),
        ("By analyzing over 4 million user prompts, the team found gaps.", [(4e6, "count", "other")]),
        ("Under the Rs 10,372-crore India AI mission, the ministry plans 10,000 GPUs.",
         [(103720000000.0, "other", "spending"), (10000.0, "accelerators", "accelerator_count")]),
        ("This model was trained to 2.2T tokens with a 4k context length.",
         [(2200000000000.0, "tokens", "training_tokens"), (4000.0, "tokens", "context_length")]),
        ("DBRX handles up to 32k tokens of input length, and generates outputs of up to 4k tokens.",
         [(32000.0, "tokens", "context_length"), (4000.0, "tokens", "other")]),
        ("Mixtral 8x7B activates roughly 13B of its 47B parameters per token; DeepSeek-V3 activates 37B of 671B.",
         [(13e9, "parameters", "active_parameters"), (47e9, "parameters", "parameters"), (37e9, "parameters", "active_parameters"),
          (671e9, "parameters", "parameters")]),
        ("It was pre-trained on a corpus of approximately 102 billion tokens, with a context length of 8192.",
         [(102000000000.0, "tokens", "training_tokens"), (8192.0, "tokens", "context_length")]),
        ("The laptop costs $3,999 (£4,099, AU$6,899).", [(3999.0, "USD", "other"), (4099.0, "other", "other"),
                                                         (6899.0, "other", "other")]),
    ],
)
def test_v24_rules(nlp: Language, text: str, expected: list[tuple[float, str, str]]) -> None:
    """A score after "~", token limits (an answer's own limit is no context), connections called active, trading days,
    expenditure in any currency, what a project cost, a population's user share, an average to compare with, people
    who used a tool, and currencies by their code (prices in several markets stay apart)."""
    assert [(c.value, c.unit, c.metric) for c in numeric(extract_claims(text, nlp))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Running the data center costs $50 million per year in electricity.", [(50000000.0, "USD", "other")]),
        ("Each GPU at the site costs about $30,000.", [(30000.0, "USD", "other")]),
        ("The model scores 85% on MMLU, above the industry average of 70%.",
         [(85.0, "percent", "benchmark_score"), (70.0, "percent", "benchmark_score")]),
        ("Nvidia holds a market share of 80%.", [(80.0, "percent", "market_share")]),
        ("It has 671B total and 37B activated parameters.",
         [(671e9, "parameters", "parameters"), (37e9, "parameters", "active_parameters")]),
        ("Some 5,000 people were hurt using scooters.", [(5000.0, "count", "other")]),
        ("The survey of 5,123 adults who have used generative AI found most were satisfied.", [(5123.0, "count", "other")]),
        ("Pass@1 on HumanEval is 85.4; the average number of attempts is ~2.3.", [(85.4, "points", "benchmark_score")]),
        ("Gemini 1.5 Pro processes up to 2 million tokens with a record context length.", [(2e6, "tokens", "context_length")]),
        ("OpenAI expects to reach positive cash flow at $200 billion in revenue by 2030.", [(2e11, "USD", "revenue")]),
        ("Meta said it would plough $10 billion of earnings back into its AI infrastructure.", [(1e10, "USD", "spending")]),
        ("Input length was set to 512 and top-k to 50.", [(512.0, "count", "other"), (50.0, "count", "other")]),
        ("Customers consumed 5 billion output tokens on launch day.", [(5e9, "tokens", "tokens_processed")]),
        ("Our platform handles data with more than 100 billion tokens per day.", [(1e11, "tokens", "tokens_processed")]),
        ("The mean age of 1,200 participants in the study was 45.", [(1200.0, "count", "other")]),
        ("The free tier comes with a 50,000 token limit.", [(50000.0, "tokens", "other")]),
        ("China's economy grew 5.2%, above the global average of 3.1%.", [(5.2, "percent", "growth"), (3.1, "percent", "growth")]),
        ("Tier 1 users get a 30,000 token limit per minute.", [(30000.0, "tokens", "other")]),
        ("Claude 3.7 Sonnet can produce up to 128K output tokens in a single response.", [(128000.0, "tokens", "other")]),
        ("The Google Nest Hub costs $99.", [(99.0, "USD", "other")]),
        ("The fire at the Samsung plant cost the company $50 million.", [(50000000.0, "USD", "other")]),
        ("ChatGPT holds a usage share of 60 percent among AI chatbots.", [(60.0, "percent", "market_share")]),
        ("The stock rose for five consecutive trading sessions.", []),
        ("Pre-training ran on 2048 Huawei Ascend 910B NPUs.", [(2048.0, "accelerators", "accelerator_count")]),
    ],
)
def test_v24_rules_stay_within_their_cases(nlp: Language, text: str, expected: list[tuple[float, str, str]]) -> None:
    """Running costs, a unit's price, a product's price and a loss are no project's cost; a benchmark's average and an
    average of growth stay what they are; a market's share stays one (a product's usage share too); activated
    parameters stay parameters; people hurt and a survey's sample are no users; a rate limit is no context length;
    "~2.3" attempts are no score; a chip's model number is no count."""
    assert [(c.value, c.unit, c.metric) for c in numeric(extract_claims(text, nlp))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nearly half of the engineers surveyed use an AI assistant daily.", [(50.0, "percent", "other")]),
        ("Two-thirds of developers now rely on code completion.", [(200 / 3, "percent", "other")]),
        ("The chipmaker controls more than four fifths of the accelerators sold to cloud providers.",
         [(80.0, "percent", "market_share")]),
        ("The new model matches its rival at one-third the cost.", [(1 / 3, "other", "other")]),
        ("In the quarter, cloud revenue rose 21% year over year to $30 billion, compared with guidance of $29 billion.",
         [(21.0, "percent", "growth"), (3e10, "USD", "revenue"), (2.9e10, "USD", "revenue")]),
        ("We raise our fair value estimate for the chipmaker to $210 from $180.", [(210.0, "USD", "other"), (180.0, "USD", "other")]),
        ("The fund booked a $3.1 billion valuation gain on its stake.", [(3.1e9, "USD", "other")]),
        ("The startup trimmed error rates by 40% after the update.", [(40.0, "percent", "other")]),
        ("The detector reaches 48.3 box AP and 44.0 mIoU.", [(48.3, "points", "benchmark_score"), (44.0, "points", "benchmark_score")]),
        ("Sampling runs at about 0.8 seconds per iteration on one card.", [(0.8, "seconds", "latency")]),
        ("The league pays out a $2M prize pool each season.", [(2e6, "USD", "other")]),
        ("GPT-3 needed roughly 3,640 petaflop/s-days of compute.", [(3.14496e23, "FLOP", "training_compute")]),
        ("The edge module runs at under 80mW.", [(0.08, "W", "power")]),
    ],
)
def test_v25_rules(nlp: Language, text: str, expected: list[tuple[float, str, str]]) -> None:
    """Shares written as fractions (a ratio to another's cost stays a ratio), growth over a year beside a guidance
    figure, an analyst's fair value and a booked valuation gain, a cut in error rates, detection scores in points, a
    time per iteration, a prize pool, compute in petaflop/s-days and power in milliwatts."""
    assert rounded([(c.value, c.unit, c.metric) for c in numeric(extract_claims(text, nlp))]) == rounded(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the first half of 2025, revenue doubled.", [(2.0, "other", "growth")]),
        ("The firm posted a loss for the fourth quarter of the year.", []),
        ("Half of respondents (52%) said they trust the answers.", [(52.0, "percent", "other")]),
        ("The company raised $500 million from investors.", [(5e8, "USD", "funding")]),
        ("The valuation rose to $80 billion.", [(8e10, "USD", "valuation")]),
        ("Answers are rated on a scale of 1-5.", []),
        ("The lab spends a third of its budget on compute.", [(100 / 3, "percent", "other")]),
        ("Two GPU providers won the contract, and students took 12 AP exams.", [(12.0, "count", "other")]),
        ("Annotators spent about 5 minutes per sample labelling the data.", [(300.0, "seconds", "other")]),
        ("China accounted for 17% of Nvidia's revenue last year.", [(17.0, "percent", "other")]),
        ("Netflix raised prices to $17.99 a month.", [(17.99, "USD", "other")]),
        ("Our model has 7B parameters and was trained on 2T tokens.", [(7e9, "parameters", "parameters"), (2e12, "tokens", "training_tokens")]),
    ],
)
def test_v25_rules_stay_within_their_cases(nlp: Language, text: str, expected: list[tuple[float, str, str]]) -> None:
    """A half or a quarter of a year is a time; a share restated as a percentage is claimed once; a share of one's own
    budget is no ratio; money raised and a valuation stay what they are; a rating scale's ends are no figures; GPU
    providers and AP exams are no chips and no scores; a person's time per sample is no latency; a customer's share
    of one company's revenue is no market share; raised prices are no funding."""
    assert rounded([(c.value, c.unit, c.metric) for c in numeric(extract_claims(text, nlp))]) == rounded(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Within five days of launching, the app had 1 million users.", [(1e6, "users", "users")]),
        ("The firm must respond within 30 days of the filing.", []),
        ("After two years of lobbying, the bill passed.", []),
        ("The adapter is the result of 30 hours of training on one card.", [(108000.0, "seconds", "other")]),
        ("Intel's shares fell by 26% after reports of chip failures.", [(-26.0, "percent", "growth")]),
        ("The new GPU trains models in a third of the time.", [(1 / 3, "other", "other")]),
        ("The lab built its model for less than a tenth of the cost of its rival.", [(0.1, "other", "other")]),
        ("He spent half of his career at the lab, and that is only half of the picture.", []),
        ("Nvidia controls about 80% of the world's AI chip market.", [(80.0, "percent", "market_share")]),
        ("Fine-tuning: ~4 days on 8 V100s.", [(345600.0, "seconds", "other"), (8.0, "accelerators", "accelerator_count")]),
        ("Two AP journalists were detained.", []),
    ],
)
def test_v25_review_of_windows_ratios_and_shares(nlp: Language, text: str, expected: list[tuple[float, str, str]]) -> None:
    """Time "within N days of" doing something stays a window, but hours of training are a job's time; a fall amid
    failures stays growth; "in a third of the time" and "for a tenth of the cost" are ratios; a career and a picture
    have no shares; the world's market is a market share; a run's days said before its GPUs are a figure."""
    assert rounded([(c.value, c.unit, c.metric) for c in numeric(extract_claims(text, nlp))]) == rounded(expected)


def test_v25_subjects_skip_legal_forms_measures_and_line_labels(nlp: Language) -> None:
    """"SoftBank Group Corp." is SoftBank, not a company called "Group Corp."; a score's measure ("box AP") and a
    line's label ("Warning:") are never the subject."""
    assert one_claim("SoftBank Group Corp. reported quarterly revenue of $4.2 billion.", nlp).subject == "SoftBank"
    assert one_claim("Alibaba Group Holding Ltd. said revenue rose 5%.", nlp).subject == "Alibaba"
    scores = numeric(extract_claims("The Corvid detector reaches 61.3 box AP and 53.0 mask AP on COCO test-dev.", nlp))
    assert [c.subject for c in scores] != [] and all(c.subject not in ("AP", "box", "mask") for c in scores)
    assert one_claim("Warning: the pretrained Zephyr model is 500 MB!", nlp).subject != "Warning"


def test_v26_count_judgement_reads_context_vectors(nlp: Language) -> None:
    """The learned count judgement waits for the parse and reads its context vectors: an aircraft type is dropped, a
    range of scores stays one range (kept, as "scores from 6.5 to 9.0"), a benchmark's task count and a segmenter's
    mIoU keep their reading."""
    assert numeric(extract_claims("Ryanair took delivery of more 737s this year than any other airline.", nlp)) == []
    judges = "Judges improved their process; each entrant received a score from 1.5 to 9.5."
    assert [(c.value, c.value_high, c.unit) for c in numeric(extract_claims(judges, nlp))] == [(1.5, 9.5, "count")]
    tasks = numeric(extract_claims("The benchmark consists of six tasks that require long context.", nlp))
    assert [(c.value, c.unit) for c in tasks] == [(6.0, "count")]
    scores = numeric(extract_claims("The detector reaches 48.3 box AP and 44.0 mIoU.", nlp))
    assert [(c.value, c.unit, c.metric) for c in scores] == [(48.3, "points", "benchmark_score"),
                                                              (44.0, "points", "benchmark_score")]


def test_both_levels_of_a_change_in_duration(nlp: Language) -> None:
    """A duration that is one end of a change ("from 62 hours to 8.8 hours", "120ms → 45ms after", "8 mins (20 mins
    before)") is a level, not a window of time; "two weeks before the conference" still is."""
    def surfaces(text: str) -> list[str]:
        return [c.surface for c in numeric(extract_claims(text, nlp))]
    assert surfaces("Analysis time fell from 62 hours to 8.8 hours.") == ["62 hours", "8.8 hours"]
    assert surfaces("Latency dropped 120ms → 45ms after the upgrade.") == ["120ms", "45ms"]
    assert surfaces("Latency dropped from 120ms to 45ms after the upgrade.") == ["120ms", "45ms"]
    assert surfaces("The corrected training time is only 8 mins (20 mins before).") == ["8 mins", "20 mins"]
    assert surfaces("The model was released two weeks before the conference.") == []
    assert surfaces("We will deliver it from 3 days to 2 weeks after signing.") == []


def test_respective_figures_take_the_respective_names(nlp: Language) -> None:
    """'A and B ... 12% and 34%, respectively': the n-th figure is the n-th name's. Not without "respectively", not for
    names inside one longer name ("Institute of Vision and Speech Research"), and funding stays with its receiver."""
    def subjects(text: str) -> list[str | None]:
        return [c.subject for c in numeric(extract_claims(text, nlp))]
    assert subjects("Rivals Tessel and Corvid Labs posted revenue growth of 370% and 190%, respectively.") == [
        "Tessel", "Corvid Labs"]
    assert subjects("Zephyr-Mini and Zephyr-Max score 41.2% and 77.5% on MMLU, respectively.") == ["Zephyr-Mini", "Zephyr-Max"]
    assert subjects("Zephyr-2B, Zephyr-7B, and Zephyr-70B score 41.2%, 58.9%, and 77.5% on MMLU, respectively.") == [
        "Zephyr-2B", "Zephyr-7B", "Zephyr-70B"]  # "Zephyr-7B", which the tagger reads as a time, is a name too
    assert subjects("Shares of Nvidia (NVDA), Broadcom (AVGO), and Micron (MU) rose 12%, 15%, and 34%, respectively.") == [
        "Nvidia", "Broadcom", "Micron"]  # tickers in brackets are no names of their own
    assert subjects("Tessel’s and Corvid’s spending consumed 64.6% and 77.5% of cash flow, respectively.") == [
        "Tessel", "Corvid"]
    paired = subjects("According to the Institute of Vision and Speech Research, the two models reached 76.7 percent "
                      "and 22.8 percent, respectively.")
    assert paired != ["Institute of Vision", "Speech Research"]  # one institute's name, not two names
    with rules_only():  # the rules pair names with figures only after "respectively" (the ranker may read it so anyway)
        assert subjects("Tessel and Corvid Labs posted revenue growth of 370% and 190%.") == ["Tessel", "Tessel"]
    # the tests scored on, the places where, and a list farther back than the nearest name are not the owners
    assert subjects("On MMLU and GSM8K, Zephyr-7B scores 71% and 88%, respectively.") == ["Zephyr-7B", "Zephyr-7B"]
    assert subjects("Tessel's revenue in the US and Europe grew 10% and 20%, respectively.") == ["Tessel", "Tessel"]
    farther = subjects("Tessel and Corvid Labs said Zephyr-7B and Orbit-13B scored 41% and 77% on MMLU, respectively.")
    assert farther != ["Tessel", "Corvid Labs"]


def test_a_possessor_written_against_a_figure_owns_it(nlp: Language) -> None:
    """"the Nasdaq’s 23% gain", "vs Corvo's 38.93": the name owning the figure is its subject even where the parse loses
    it."""
    gains = numeric(extract_claims("Tessel is up 50% this year and outpaced the Nasdaq’s 23% gain and the S&P 500’s 17%.", nlp))
    assert [c.subject for c in gains] == ["Tessel", "Nasdaq", "S&P 500"]
    speed = numeric(extract_claims("Zephyr 4.5 offers the best speed (54.84 tokens/sec vs Corvo's 38.93) and cost.", nlp))
    assert [c.subject for c in speed] == ["Zephyr 4.5", "Corvo"]
    scores = numeric(extract_claims("Zephyr-7B scored 71.2% on MMLU, ahead of Orbit's 64.5% and Corvo's 60.1%.", nlp))
    assert [c.subject for c in scores] == ["Zephyr-7B", "Orbit", "Corvo"]
    raised = numeric(extract_claims("Tessel raised $50 million, below Corvid's $80 million Series B.", nlp))
    assert [c.subject for c in raised] == ["Tessel", "Corvid"]


def test_a_sum_restated_in_another_currency_is_one_claim(nlp: Language) -> None:
    """A conversion in brackets is the same sum again, whichever the currencies ("$US80 billion ($A129 billion)",
    "€50 million (around PLN 200 million)"); a bracketed list of prices in other markets, or one price no rate of
    exchange could turn into the other, is not a conversion."""
    def sums(text: str) -> list[tuple[float, str]]:
        return [(c.value, c.unit) for c in numeric(extract_claims(text, nlp))]
    assert sums("Tessel plans to invest around $US80 billion ($A129 billion) in data centres.") == [(8e10, "USD")]
    assert sums("The centre will receive €50 million (around PLN 200 million) from the fund.") == [(5e7, "EUR")]
    assert sums("Corvid raised €15 million ($15.58 million) this week.") == [(1.5e7, "EUR")]
    assert len(sums("The laptop costs $3,999 (£4,099, AU$6,899).")) == 3
    assert len(sums("The laptop costs $3,999 (£4,099).")) == 2  # at any rate of exchange, a price set apart


def test_subjects_are_tidied_for_readers(nlp: Language) -> None:
    """A subject loses a leading emoji or stray quote and a trailing full stop, keeps an abbreviation's, and has its
    bracket closed as the sentence closes it."""
    cases = {
        "💸 North American startups smashed records, raising $252.6B in Q1.": "North American startups",
        "The Special Communications Organization (SCO) is working on a Rs. 780 million expansion project.":
            "Special Communications Organization (SCO)",
        "The facility, dubbed the “Industrial AI Cloud”, will deploy up to 10,000 Nvidia Blackwell GPUs.": "Industrial AI Cloud",
        "The Japanese government plans to invest 100 billion yen in domestic chipmaker Rapidus Corp. under its budget.":
            "Rapidus Corp.",
    }
    for text, subject in cases.items():
        assert [c.subject for c in numeric(extract_claims(text, nlp))] == [subject], text


@pytest.mark.parametrize(
    "raw, tidy",
    [("Artificial Intelligence (AI", "Artificial Intelligence (AI)"), ("itself.[1", "itself"), ("YoY.", "YoY"),
     ("U.S.", "U.S."), ("🥇 GPT-5", "GPT-5"), ("🔭", None), ("≈ 4.2 s", None), ("70×", None), ("X", "X"), ("01.AI", "01.AI"), ("o1", "o1"), ("Super-NI(Super-NaturalInstructions", "Super-NI"),
     ("Llama [2]", "Llama"), (".NET Aspire", ".NET Aspire"), ("百度", "百度")],
)
def test_tidy_subject(raw: str, tidy: str | None) -> None:
    assert tidy_subject(raw, "Artificial Intelligence (AI) is here; itself.[1] too.") == tidy


def test_people_using_a_service_and_its_visitors_are_users(nlp: Language) -> None:
    """'120 million Americans will be using the technology', '3.2 billion people engaged on their platforms', '100 million
    unique visitors' and '750M+ Gemini App MAU' count users; a theme park's visitors, people engaged in work and a headcount before a clause on MAU are not."""
    for text in ("By the end of 2025, more than 120 million Americans will be using the technology.",
                 "It comes from keeping 3.2 billion people engaged on their platforms.",
                 "The site drew 100 million unique visitors in January.",
                 "Pichai stated 750M+ Gemini App MAU at the Q4 earnings call."):
        assert [(c.unit, c.metric) for c in numeric(extract_claims(text, nlp))] == [("users", "users")], text
    for text in ("Disneyland drew 17 million visitors last year.", "Some 10 million Americans were engaged in gig work.",
                 "The company has 3,000 employees; its MAU rose 20% to 50 million."):
        assert "users" not in [c.unit for c in numeric(extract_claims(text, nlp))][:1], text


def test_claims_without_a_pipeline_given_load_the_model_once() -> None:
    """The kb runner reads article after article without passing a pipeline: the model is loaded once."""
    from pipeline.nlp import shared_nlp

    before = shared_nlp.cache_info().misses
    extract_claims_batch(["Acme raised $5 million."])
    extract_claims_batch(["Zeta raised $6 million."])
    info = shared_nlp.cache_info()
    assert info.misses - before <= 1 and info.misses <= 1 and info.hits >= 1


def test_review_of_periods_attributions_and_hedges(nlp: Language) -> None:
    """Found by a review with sentences of its own: a quarter's revenue beside a year-over-year change has no period, nor
    a sum "a year ago"; growth "year on year" or "month over month" has one; a source named after the figures
    ("..., Omdia estimates.") attributes them and, estimating, hedges them; "is said to" hedges without naming anyone; a
    deal not yet closed is hedged."""
    def read(text: str) -> list[tuple[str, str | None, str | None, bool]]:
        return [(c.metric, c.period, c.attribution, c.hedged) for c in numeric(extract_claims(text, nlp))]
    assert read("Tessel's data center revenue rose 154% year-over-year to $26.3 billion in the second quarter.") == [
        ("growth", "year", None, False), ("revenue", None, None, False)]
    assert [p for _, p, _, _ in read("Corvid's revenue was $35.1 billion, compared with $18.1 billion a year ago.")] == [None, None]
    assert read("Tessel's capital expenditure rose 221% year on year to 27.5 billion yuan.")[0][1] == "year"
    assert read("Orbit's daily active users grew 40% month over month in September.")[0][1] == "month"
    assert read("AI chips made up 15% of global semiconductor sales last year, Gartner estimates.")[0][2:] == (
        "Gartner estimates", True)
    assert read("Tessel's share of enterprise usage fell to 34% from 50%, Menlo Ventures found.")[0][2:] == (
        "Menlo Ventures found", False)
    assert [a for _, _, a, _ in read("The new chip is said to deliver 2.5 petaflops at 700 watts.")] == [None, None]
    assert all(h for _, _, _, h in read("The new chip is said to deliver 2.5 petaflops at 700 watts."))
    assert read("The deal, which has not yet closed, would give Corvid roughly $10 billion in orders.")[0][3] is True


def test_review_of_investors_and_scores(nlp: Language) -> None:
    """Whoever leads a round in another company or puts money into it is its investor, so the round's sum and valuation
    are the other company's; names that raised sums "respectively" take them in turn; "MMLU 88.7" is a score on MMLU
    with no benchmark for a subject; a valuation beside a token price is no price."""
    def read(text: str) -> list[tuple[str, str | None]]:
        return [(c.metric, c.subject) for c in numeric(extract_claims(text, nlp))]
    assert read("Sequoia led a $40 billion funding round in Tessel at a $300 billion post-money valuation.") == [
        ("funding", "Tessel"), ("valuation", "Tessel")]
    assert read("Corvid Capital put $100 million into Orbit at a $3 billion valuation.") == [
        ("funding", "Orbit"), ("valuation", "Orbit")]
    assert [s for _, s in read("Tessel and Corvid Labs raised $500 million and $208 million, respectively.")] == [
        "Tessel", "Corvid Labs"]
    assert [s for _, s in read("Tessel and Corvid invested $50 million and $20 million, respectively, in the startup.")] \
        != ["Tessel", "Corvid"]  # the investors, not who received it
    scores = numeric(extract_claims("The model scores MMLU 88.7, GPQA 53.6 and MATH 76.6.", nlp))
    assert [(c.value, c.unit, c.metric, c.benchmark, c.subject) for c in scores] == [
        (88.7, "points", "benchmark_score", "MMLU", None), (53.6, "points", "benchmark_score", "GPQA", None),
        (76.6, "points", "benchmark_score", "MATH", None)]
    assert [m for m, _ in read("Tessel raised $6.6 billion at a $157bn valuation, and Zephyr-4 costs $2.50 per million "
                               "tokens.")] == ["funding", "valuation", "price_per_million_tokens"]


def test_a_variant_stays_with_its_model_name(nlp: Language) -> None:
    """The gazetteer knows the family, the variant's word follows it: "Claude 3.5 Haiku", "GPT-4.1 nano",
    "Phi-3-small", "H100 SXM" are the subjects, so one variant's price is not filed under its family beside another's.
    A name that began before the gazetteer's part of it ("Code Llama Instruct") is left as found."""
    def subjects(text: str) -> list[str | None]:
        return [c.subject for c in numeric(extract_claims(text, nlp))]
    assert subjects("Claude 3.5 Haiku costs $0.80 per million input tokens.") == ["Claude 3.5 Haiku"]
    assert subjects("GPT-4.1 nano reads a context of 1 million tokens.") == ["GPT-4.1 nano"]
    assert subjects("The Phi-3-mini (3.8B), Phi-3-small (7B) and Phi-3-medium (14B) variants are open.") == [
        "Phi-3-mini", "Phi-3-small", "Phi-3-medium"]
    assert subjects("The H100 SXM delivers 989 teraflops of dense FP16 compute.") == ["H100 SXM"]
    assert subjects("Gemini 2.0 Flash-Lite is priced at $0.075 per million input tokens.") == ["Gemini 2.0 Flash-Lite"]
    assert "Llama Instruct" not in subjects("Code Llama Instruct comes in 7B and 13B sizes.")


def test_second_review_of_hedges_attributions_and_settings(nlp: Language) -> None:
    """Found by a second review: "proposed" and "speculative decoding" are no hedges (a proposed deal is); an
    attribution runs through a thousands comma and a dotted name; respondents who "said" are the figure, not its source;
    an agentless "was estimated" hedges without naming anyone; a batch size is a count, neither tokens per second nor
    training tokens; "from about 5,000 to 3,800" is two figures, "anywhere from 9 to 900 times" a range; growth "from
    the previous year" is over a year; "$2 per GPU hour" is by the hour."""
    def read(text: str) -> list[Claim]:
        return numeric(extract_claims(text, nlp))
    assert [c.hedged for c in read("The proposed kernel achieves a 2.3x speedup over FlashAttention-2.")] == [False]
    assert not any(c.hedged for c in read("With speculative decoding, median latency dropped from 1.8 seconds to 0.6 seconds."))
    assert [c.hedged for c in read("The proposed acquisition would value Tessel at $5 billion.")] == [True]
    assert read("According to a Corvid survey of 1,491 respondents, 72% of firms use AI.")[-1].attribution == \
        "according to a Corvid survey of 1,491 respondents"
    assert read("Layoffs at tech firms totalled 152,000 in 2024, according to Layoffs.fyi.")[0].attribution == \
        "according to Layoffs.fyi"
    assert [c.attribution for c in read("Of the 2,000 developers polled, 62% said they use AI coding tools.")] == [None, None]
    compute = read("The total training compute was estimated at 3.8e24 FLOPs.")
    assert [(c.attribution, c.hedged) for c in compute] == [(None, True)]
    batch = read("Throughput: 3,400 tokens/s at batch size 64 on 8x H100 with vLLM.")
    assert [(c.value, c.unit) for c in batch][:2] == [(3400.0, "tokens/s"), (64.0, "count")]
    assert [c.metric for c in read("Pretraining used a global batch size of 4M tokens.")] == ["other"]
    assert [c.value for c in read("Tessel's headcount has fallen from about 5,000 to 3,800 over two years.")] == [5000.0, 3800.0]
    assert [(c.value, c.value_high) for c in read("Prices have fallen anywhere from 9 to 900 times per year.")] == [(9.0, 900.0)]
    assert [c.period for c in read("Revenue rose 20% from the previous year to $4 billion.")] == ["year", None]
    assert [(c.surface, c.period) for c in read("Renting an H100 costs about $2 per GPU hour.")] == [("$2 per GPU hour", "hour")]


def test_three_out_of_four_is_a_share(nlp: Language) -> None:
    """In words, "three out of four" firms are 75 percent of them (as annotated); "26 out of 27 categories" in digits
    stays two counts."""
    assert [(c.value, c.unit) for c in numeric(extract_claims("Three out of four firms report positive results.", nlp))] == [
        (75.0, "percent")]
    assert [c.value for c in numeric(extract_claims("Zephyr-7B leads in 26 out of 27 categories.", nlp))] == [26.0, 27.0]


def test_review_of_investors_variants_and_hedges_keeps_them_narrow(nlp: Language) -> None:
    """A review of the rules above: spending in a market or a sum of one's own is no investment in another company,
    and an investor stays the subject of its own figures; a company's name before its model keeps the variant; a longer
    name that goes on is left as found; "is raising the price" hedges nothing; a calculation is no estimate."""
    def read(text: str) -> list[tuple[str, str | None, bool]]:
        return [(c.metric, c.subject, c.hedged) for c in numeric(extract_claims(text, nlp))]
    assert [s for _, s, _ in read("Tessel invested $80 billion in AI data centers in fiscal 2025.")] == ["Tessel"]
    assert [s for _, s, _ in read("Microsoft invested in OpenAI and reported revenue of $62 billion.")] == ["Microsoft"]
    assert [s for _, s, _ in read("Tessel and Corvid invested $50 million and $20 million, respectively, in the startup.")] \
        == [None, None]
    assert [s for _, s, _ in read("Anthropic Claude 3.5 Haiku costs $0.80 per million input tokens.")] == ["Claude 3.5 Haiku"]
    assert [s for _, s, _ in read("Qwen2.5-Coder-32B was trained on 5.5 trillion tokens.")] == ["Qwen2.5-Coder-32B"]
    assert "Gemini Code" not in [s for _, s, _ in read("Gemini Code Assist has 2 million users.")]
    assert [h for _, _, h in read("Tessel is raising the price of its plan to $22 a month.")] == [False]
    assert [h for _, _, h in read("Orbit is raising at a valuation above $3 billion.")] == [True]
    assert [h for _, _, h in read("Revenue reached $5 billion, Bloomberg calculated.")] == [False]
    scores = numeric(extract_claims("Zephyr-4 scores HumanEval 90.2 while Claude 3.5 Sonnet gets 92.0.", nlp))
    assert [c.benchmark for c in scores] == ["HumanEval", "HumanEval"]


def test_chip_codes_and_point_gains(nlp: Language) -> None:
    """"Ascend 910C" and "TPU v6e" name the chip, not its family; "a 6.5-point gain" in a score is 6.5 points, while "10
    point labels" still count labels."""
    def read(text: str) -> list[tuple[float, str, str | None]]:
        return [(c.value, c.unit, c.subject) for c in numeric(extract_claims(text, nlp))]
    assert read("The Ascend 910C reaches around 60% of the H100's inference performance.")[0][2] == "Ascend 910C"
    assert read("The TPU v6e delivers a 4.7x increase in peak compute per chip.")[0][2] == "TPU v6e"
    assert read("On ARC-Challenge, Zephyr-4 reaches 89.1%, a 6.5-point gain over its dense twin.")[1][:2] == (6.5, "points")
    assert read("The command supports up to 10 point labels.")[0][:2] == (10.0, "count")


def test_review_of_the_last_rules_keeps_them_narrow(nlp: Language) -> None:
    """A review of versions 36-38: a speaker whose own clause holds a percentage is still the source; "is raising up to
    $12 billion" and "is raising a new funding round" hedge; a wattage after a chip is no part of its name."""
    said = numeric(extract_claims("Tessel, which owns 49% of Orbit's profits, said its cloud revenue grew 33%.", nlp))
    assert all(c.attribution for c in said)
    assert [c.hedged for c in numeric(extract_claims("Orbit is raising up to $12 billion in new funding.", nlp))] == [True]
    assert all(c.hedged for c in numeric(extract_claims(
        "Orbit is raising a new funding round that would value it at $18 billion.", nlp)))
    assert {c.subject for c in numeric(extract_claims("The MI300X 750W accelerator offers 1.3 petaflops of FP16.", nlp))} \
        == {"MI300X"}


def test_review_of_units_and_metrics_in_own_sentences(nlp: Language) -> None:
    """A review of v39 on sentences written for it: a count of the chips named before it ("grow to 40,000") is chips;
    "tokens from 96 snapshots" counts snapshots; "a 128K window" is a context; "two ways" and "Figure 2" are no claim
    and no subject; funding words ("bags", "funneled ... into", "at $5.5B valuation" in a headline), "Founders Fund",
    "outlays", money lost, a hyphenated time-to-first-token, "180 ms after the upgrade", a score "compared with" another's,
    and money sunk into one's own plant."""
    read = partial(value_unit_metric, nlp=nlp)
    assert read("Tessel runs 22,000 H100s, with plans to grow to 40,000 by June.")[1] == (40000, "accelerators", "accelerator_count")
    assert read("Corvid shipped 1.5 million H100s last year and expects to ship 2 million this year.")[1][1] == "accelerators"
    assert read("Zephyr will ship 20,000 GPUs in 2025 and 2026.") == [(20000, "accelerators", "accelerator_count")]
    assert read("Corvid-2 was trained on 15 trillion tokens from 96 Common Crawl snapshots.")[1][1] == "count"
    assert read("The model supports a 128K window.") == [(128000, "tokens", "context_length")]
    assert read("There are two ways to install the package.") == []
    assert {c.subject for c in numeric(extract_claims("Figure 2 compares the 7B and 13B runs.", nlp))} == {None}
    assert read("Orbit nets $500M at $5.5B valuation.") == [(5e8, "USD", "funding"), (5.5e9, "USD", "valuation")]
    assert read("Zephyr bags $350M to build support agents.")[0][2] == "funding"
    assert read("Corvid attracted $400 million from Founders Fund and others.")[0][2] == "funding"
    assert read("Tessel Ventures funneled $250 million into Orbit.")[0][2] == "funding"
    assert read("Tessel's capital outlays came to $24.2 billion in the quarter.")[0][2] == "spending"
    assert read("Orbit lost about $5 billion last year.")[0][2] == "other"
    assert read("The design is attractive at $395.")[0][2] == "other"
    assert read("With a time-to-first-token of 0.2 seconds, it feels instant.") == [(0.2, "seconds", "latency")]
    assert read("Time to first token dropped to 180 ms after the upgrade.") == [(0.18, "seconds", "latency")]
    assert read("Two hours after the launch, the site went down.") == []
    assert [m for _, _, m in read("Corvid-5 solves 25.2% of FrontierMath problems, compared with under 2% for earlier systems.")] \
        == ["benchmark_score", "benchmark_score"]
    assert read("Compared with Orbit-67B, Zephyr reduces the KV cache by 93.3%.")[-1][2] == "other"
    assert read("Tessel to sink $5 billion into new Arizona packaging plant.")[0][2] == "spending"
    assert read("The MI355X offers 50% better inference performance than the H100.")[0][2] == "chip_performance"
    assert [m for _, _, m in read("First-token delay fell from 2.1 s to 0.6 s.")] == ["latency", "latency"]
    assert read("Orbit-2 learned from a 5-trillion-token corpus.")[0][2] == "training_tokens"


def test_review_of_precision_recall_and_version_40(nlp: Language) -> None:
    """Reviews of recall and precision on sentences written for them, and of v40's own rules: a perplexity, a loss or an
    Elo after its name is a score; "distillation ran for 6 days" is a job's time (not "the campaign ran for six months");
    Swiss francs are money; config values, ports, seeds, version tags, vote tallies, "80/20" splits, "4K displays" and
    "the 1.5B and 3B checkpoints" are no claims. v40 narrowed: chips take a bare figure only when the figure just before is
    theirs ("LoRA ranks of 16 and 64" after GPUs stay no chips), "a minute" only where something is produced or answered,
    "delay" alone is no latency, "Figure" without a number may be a company, "pumped into Factory" funds a startup,
    "bagged a contract" and "attract $10 billion in spending" are no rounds, "a 4K window" for video is no context."""
    read = partial(value_unit_metric, nlp=nlp)
    assert read("Zephyr-2 reaches a perplexity of 5.2 on WikiText.") == [(5.2, "points", "benchmark_score")]
    assert read("Distillation ran for 6 days on 64 H100s.")[0][:2] == (518400.0, "seconds")
    assert read("The campaign ran for six months.") == []
    assert read("The grant totals 2.4 million Swiss francs.")[0][:2] == (2.4e6, "other")
    for text in ("Set hidden_size to 4096 and num_attention_heads to 32.", "The default port is 8080.",
                 "Use the image tagged 3.11-slim.", "The bill passed 52-48 in the Senate.", "Follow the 80/20 rule.",
                 "The 1.5B and 3B checkpoints share a tokenizer.", "He is 45 and lives at 3180 18th Street."):
        assert read(text) == [], text
    assert read("We publish 7B and 13B variants.") == [(7e9, "parameters", "parameters"), (1.3e10, "parameters", "parameters")]
    assert [u for _, u, _ in read("Tessel fine-tuned on 64 A100 GPUs with LoRA ranks of 16 and 64.")][1:] != ["accelerators"]
    assert [u for _, u, _ in read("Corvid runs 100,000 H100 GPUs and employs about 1,200 in Memphis.")] == ["accelerators", "count"]
    assert read("Shares jumped 8% within a minute of the announcement.") == [(8.0, "percent", "growth")]
    assert [m for _, _, m in read("Service resumed after a delay of 30 minutes.")] != ["latency"]
    assert {c.subject for c in numeric(extract_claims("Figure, the humanoid robot startup, raised $675 million.", nlp))} == {"Figure"}
    assert read("Tessel pumped $50 million into Factory, the coding-agent startup.")[0][2] == "funding"
    assert read("Orbit bagged a $30 billion cloud contract with Corvid.")[0][2] != "funding"
    assert read("The state hopes to attract $10 billion in data center spending.")[0][2] == "spending"
    assert "context_length" not in [m for _, _, m in read("Zephyr renders clips in a 4K window at 30 frames per second.")]


def test_scores_shares_settlements_and_chip_tallies(nlp: Language) -> None:
    """"correctly answers 92% of the questions" is a score ("fail 60% of questions" is not); "a 13.5% slice of the
    market" is a share; a settlement, a takeover's price and performance obligations are other money (buying GPUs is
    still spending); "worth ¥1 million each" is no valuation; "42% above the prior-year quarter" is growth; "GPU count:
    16,384" counts chips; "Per Similarweb," attributes."""
    read = partial(value_unit_metric, nlp=nlp)
    assert read("Zephyr-4 correctly answers 92% of the questions in a held-out test set.")[0][2] == "benchmark_score"
    assert read("Top models still fail 60% of questions.")[0][2] == "other"
    assert read("Orbit holds a 13.5% slice of the chatbot market.")[0][2] == "market_share"
    assert read("Orbit agreed to pay $1.5 billion to settle the authors' lawsuit.")[0][2] == "other"
    assert read("Tessel bought the networking company for $6.9 billion.")[0][2] == "other"
    assert read("Tessel bought 10,000 GPUs for $300 million.")[1][2] == "spending"
    assert read("Tessel's remaining performance obligations swelled to $455 billion.")[0][2] == "other"
    assert read("The vouchers are worth up to ¥1 million each.")[0][2] == "other"
    assert read("Revenue for the segment was 42% above the prior-year quarter.")[0][2] == "growth"
    assert read("World Labs pulled in $1 billion.")[0][2] == "funding"
    assert read("GPU count: 16,384") == [(16384, "accelerators", "accelerator_count")]
    assert read("The number of GPUs in India will soon exceed 50,000.")[0][1] == "accelerators"
    said = numeric(extract_claims("Per Similarweb, chatgpt.com received 5.5 billion visits in May.", nlp))
    assert [c.attribution for c in said] == ["per Similarweb"]


def test_review_of_versions_41_and_42(nlp: Language) -> None:
    """A review of v41-v42 on sentences written to break them: the company Perplexity is no metric; "a loss of 3 to
    rivals" is no score; "loss improves from 2.31 to 2.18" gives both ends; an ad campaign that "ran for 3 days" is a
    window, a distillation run a job; `context_length` to 65536 is still a context; a prior-year level is no growth;
    "translates a book in under a minute" is a time, "oversubscribed in under a minute" is not; Apple's "slice of App
    Store sales" is a commission, no market share; buying a maker's chips is spending; "Per GPU," is no source."""
    read = partial(value_unit_metric, nlp=nlp)
    assert read("App Store ratings put Tessel at 4.8, while Perplexity: 4.7 and Orbit: 4.6.") == []
    assert read("Perplexity is 16 on the test set.") == [(16, "points", "benchmark_score")]
    assert all(m != "benchmark_score" for _, _, m in read("The team suffered a loss of 3 to Orbit's poaching spree."))
    assert [v for v, _, _ in read("Validation loss improves from 2.31 to 2.18 with the new data mix.")] == [2.31, 2.18]
    assert read("The Super Bowl ad campaign for Zephyr ran for 3 days.") == []
    assert read("Distillation ran for 6 days on 64 H100s.")[0][:2] == (518400, "seconds")
    assert read("Our checkpoint sets `context_length` to 65536 for the long variant.") == [(65536, "tokens", "context_length")]
    assert [m for _, _, m in read("Gross margin was 75%, above the prior-year level of 73%.")] == ["other", "other"]
    assert read("Zephyr translates a 100-page book in under a minute.")[-1] == (60, "seconds", "latency")
    assert read("The round was oversubscribed in under a minute, raising $100 million.") == [(1e8, "USD", "funding")]
    assert read("Orbit keeps a 30% slice of App Store sales from AI apps.")[0][2] == "other"
    assert read("Tessel bought the GPU maker's chips for $400 million.")[0][2] == "spending"
    assert [c.attribution for c in numeric(extract_claims("Per GPU, the H200 delivers 4.8 TB/s of bandwidth.", nlp))] == [None]
    assert read("Orbit now processes 5 trillion a week.") == [(5e12, "tokens", "tokens_processed")]
    assert read("Users watched 4K videos made by Zephyr.") == []
    assert read("Download 9K images from the mirror to reproduce the run.")[0][:2] == (9000, "count")


def test_a_person_speaking_for_a_company_gives_its_figure_to_the_company(nlp: Language) -> None:
    """"Tessel CEO Ada Byrne announced a $6 million grant": the company's money, named through her role; a person's
    own figure ("Ada Byrne's fortune") stays hers."""
    grant = numeric(extract_claims("Tessel CEO Ada Byrne announced a $6 million grant to local schools.", nlp))
    assert [c.subject for c in grant] == ["Tessel"]
    said = numeric(extract_claims("Mark Halden, chief technology officer of Corvid, said revenue grew 20%.", nlp))
    assert [c.subject for c in said] == ["Corvid"]
    fortune = numeric(extract_claims("Ada Byrne's fortune rose to $12 billion.", nlp))
    assert [c.subject for c in fortune] == ["Ada Byrne"]
    assert [c.subject for c in numeric(extract_claims("Orbit CEO Ada Byrne received $79.1 million in compensation.", nlp))] \
        == ["Ada Byrne"]  # her own pay
    assert [c.subject for c in numeric(extract_claims("Orbit CEO Ada Byrne earned $16.1 million last year.", nlp))] == ["Ada Byrne"]
    after = numeric(extract_claims("He received $63 million in stock awards last year.", nlp,
                                   context="Tessel CEO Mark Halden's compensation rose sharply."))
    assert [c.subject for c in after] == ["Mark Halden"]  # "he" is the person the rules found, not his company


def test_plans_hedges_bounds_periods_and_speakers(nlp: Language) -> None:
    """A review of policy and data-centre news: a plan ("aims to train 50,000 engineers") is not hedged, a revenue
    target is; a deal hedge in a clause about something else ("..., which is set to open in 2027") does not hedge the
    figure; "an estimated" is no bound; "forecast to top $300 billion" is more than; "10% a year" is yearly; "adds 48 MW"
    and "reported revenue of" quote nobody, "an analysis found that" and "residents warned" do."""
    def record(text: str) -> dict[str, object]:
        return claim_to_record(numeric(extract_claims(text, nlp))[0])
    assert record("Tessel aims to train 50,000 AI engineers by 2030.")["hedged"] is False
    assert record("Orbit is targeting $1 billion in ARR next year.")["hedged"] is True
    assert record("The campus will draw 700 MW, which is set to open in 2027.")["hedged"] is False
    assert record("Orbit is in talks to raise $2 billion.")["hedged"] is True
    assert record("Corvid shipped an estimated 3.76 million GPUs.")["bound"] == "="
    assert record("The market is forecast to top $300 billion by 2030.")["bound"] == ">"
    assert record("Data-centre demand will grow by roughly 10% a year.")["period"] == "year"
    assert record("The new hall adds 48 MW of capacity.")["attribution"] is None
    assert record("Zephyr reported revenue of $2.1 billion.")["attribution"] is None
    assert record("An analysis found that data centres used 4.4% of US electricity.")["attribution"] == "An analysis found"
    assert record("Revenue rose 20%, the company added.")["attribution"] == "the company added"


def test_training_runs_settings_and_identifiers_in_model_cards(nlp: Language) -> None:
    """A review of model-card sentences: epochs and steps of a training run are figures (a recipe's "3 steps" is not);
    "over" that means "across" is no bound; a setting "set to" a figure is not a deal ahead; issue, commit and ticket
    numbers are identifiers; GPU-days may name the chip; "halves" is a multiple; "17B of X's 400B parameters" is a part
    of a whole."""
    def records(text: str) -> list[dict[str, object]]:
        return [claim_to_record(c) for c in numeric(extract_claims(text, nlp))]
    assert [r["value"] for r in records("Marlin-8B was fine-tuned for 2 epochs on the chat mixture.")] == [2.0]
    assert [r["value"] for r in records("Warmup for Heron lasted 500 steps.")] == [500.0]
    assert records("Follow these 3 steps to install Corvid.") == []
    assert records("Results are averaged over 3 epochs of evaluation.") == []
    epochs = records("Kestrel-34B's SFT stage ran for 3 epochs over 1.2 million instruction pairs.")
    assert [(r["value"], r["bound"]) for r in epochs] == [(3.0, "="), (1.2e6, "=")]
    assert records("Tessel has over 300 employees.")[0]["bound"] == ">"
    assert records("The batch size was set to 512 for Heron.")[0]["hedged"] is False
    assert all(r["hedged"] for r in records("Tessel is set to raise $500 million."))
    for text in ("Lyra-XL v2.1 fixes a bug reported in issue 1130.", "The fix landed in commit 8812.",
                 "Orbit-Serve closes ticket 57 about slow startup.", "See PR 1204 for details."):
        assert records(text) == [], text
    assert [(r["unit"], r["value"]) for r in records("Training Lyra-XL consumed about 45,000 A100 GPU-days.")] == [
        ("GPU-hours", 45000 * 24.0)]
    assert [(r["unit"], r["value"]) for r in records("Int4 quantisation halves Orbit-8B's disk footprint.")] == [("other", 0.5)]
    part = records("Only 17B of Zephyr-Max's 400B parameters are active for any given token.")
    assert [(r["metric"], r["value"]) for r in part] == [("active_parameters", 17e9), ("parameters", 400e9)]


def test_token_totals_output_limits_and_graphics_cards(nlp: Language) -> None:
    """No model reads a billion tokens at once: "1.8T tokens and a 4K window size" trains on the tokens; "generating up
    to 8K tokens" is an answer's limit, not a context; "on a 4090" names a graphics card, not a figure."""
    def records(text: str) -> list[tuple[object, object]]:
        return [(r["value"], r["metric"]) for r in map(claim_to_record, numeric(extract_claims(text, nlp)))]
    assert records("Models are pre-trained using 1.8T tokens and a 4K window size in this step.") == [
        (1.8e12, "training_tokens"), (4000.0, "context_length")]
    assert records("Zephyr-Long supports up to 128K tokens, generating up to 8K tokens.") == [
        (128000.0, "context_length"), (8000.0, "other")]
    assert records("Quill-7B generates 90 tokens per second on a 4090.") == [(90.0, "throughput")]
    assert records("It fits on one 3090 with 24GB.") == [(24e9, "other")]
    assert records("Orbit hired 4,090 engineers.") == [(4090.0, "other")]


def test_ages_market_sizes_and_survey_shares(nlp: Language) -> None:
    """A review of adoption and market news: an age is no figure ("Corvid's chief executive, 46,", "who is 52",
    "started the company at 23"); a market "worth" or "estimated at" a sum is its size in sales, like "valued at";
    "the share of workers using AI" is a share of people, not a market share."""
    def records(text: str) -> list[tuple[object, object]]:
        return [(r["value"], r["metric"]) for r in map(claim_to_record, numeric(extract_claims(text, nlp)))]
    for text in ("Corvid's chief executive, 46, has led the company since 2017.", "Zephyr's CEO, who is 52, founded the company.",
                 "He started Corvid at 19 after leaving Orbit.", "She joined Orbit at 24 and became chief executive at 31."):
        assert records(text) == [], text
    assert records("The company, which has 45 employees, grew fast.") == [(45.0, "other")]
    assert records("The AI agents market is worth about $7 billion today.") == [(7e9, "revenue")]
    assert records("The AI PC market is forecast to be worth $260 billion by 2031.") == [(2.6e11, "revenue")]
    assert records("Quill is worth $3 billion after its latest round.") == [(3e9, "valuation")]
    assert [m for _, m in records("The share of U.S. workers using AI on the job rose to 31% from 24% a year earlier.")] == [
        "other", "other"]
    assert records("Tessel's share of the chatbot market rose to 12%.") == [(12.0, "market_share")]
    # paying people are users (the tuning sets: "paid" 11 of 12, "paying" 6 of 6); people hired are a count
    assert records("Quill now has 250,000 paid developers on its platform.") == [(250000.0, "users")]
    assert records("Orbit hired 300 developers.") == [(300.0, "other")]


def test_a_forecaster_attributes_a_market_figure(nlp: Language) -> None:
    """"Corvid Research expects AI PC shipments to reach 114 million units" is about the shipments, as Corvid Research
    expects them; a company forecasting its own figures ("Orbit expects revenue of $5 billion") stays their subject."""
    def read(text: str) -> list[tuple[object, object]]:
        return [(r["subject"], r["attribution"]) for r in map(claim_to_record, numeric(extract_claims(text, nlp)))]
    assert read("Corvid Research expects AI PC shipments to reach 114 million units in 2026.") == [
        ("AI PC shipments", "Corvid Research expects")]
    assert read("Tessel Analytics projects the AI server market to hit $300 billion in 2027.") == [
        ("AI server market", "Tessel Analytics projects")]
    assert [s for s, _ in read("Orbit expects revenue to reach $5 billion next year.")] == ["Orbit"]
    assert [s for s, _ in read("Corvid expects capex of $70 billion next year.")] == ["Corvid"]
    assert read("Zephyr Research forecasts global AI spending to hit $360 billion next year.")[0][0] == "global AI spending"


def test_pricing_pages_and_comparisons(nlp: Language) -> None:
    """A review of API pricing and leaderboard text: the round amount a price or rate is quoted for ("per 1,000
    requests", "per 1M") is no figure; "per 1M characters" is no token price and "billed at" no revenue; the second
    figure of a comparison belongs to the name it is given for ("versus 65.0% for Tessel-3 Pro"); an Arena Elo that
    "climbed to" a figure is a score."""
    def records(text: str) -> list[tuple[object, ...]]:
        return [(r["subject"], r["value"], r["unit"], r["metric"]) for r in map(claim_to_record, numeric(extract_claims(text, nlp)))]
    assert records("Web search calls cost $10 per 1,000 requests.") == [("Web search calls", 10.0, "USD", "other")]
    assert [r[1:] for r in records("Input tokens for Quill Mini are $0.10 per 1M, and output tokens are $0.40 per 1M.")] == [
        (0.1, "USD", "price_per_million_tokens"), (0.4, "USD", "price_per_million_tokens")]
    assert [r[3] for r in records("Reranking is billed at $2 per 1,000 searches.")] == ["other"]
    assert [r[3] for r in records("Voice synthesis costs $15 per 1M characters.")] == ["other"]
    assert [r[1] for r in records("The region has 5 doctors per 100,000 residents.")] == [5.0]
    assert [r[1] for r in records("The model was trained on 1 million images.")] == [1e6]
    assert [r[0] for r in records("Orbit-2 scores 71.2% on GPQA, versus 65.0% for Tessel-3 Pro.")] == ["Orbit-2", "Tessel-3 Pro"]
    assert [r[0] for r in records("Orbit-2 generates 95 tokens per second, compared with 61 tokens per second for Zephyr Pro.")] == [
        "Orbit-2", "Zephyr Pro"]
    assert records("Zephyr Pro's Arena Elo climbed to 1,365 after the update.") == [("Zephyr Pro", 1365.0, "points", "benchmark_score")]
    assert records("Quill Large handles contexts of up to 128,000 tokens.")[0][3] == "context_length"
    # a fraction of another's price is a ratio, about the cheaper one
    assert records("Orbit-2 Lite runs at a tenth of the price of Orbit-2.") == [("Orbit-2 Lite", 0.1, "other", "other")]
    assert [(round(r[1], 4), r[3]) for r in records("Quill charges roughly a third of what Tessel-3 Pro charges.")] == [(0.3333, "other")]
    assert records("Orbit-2 is 3x faster than Tessel-3 Pro at half the price.")[1] == ("Orbit-2", 0.5, "other", "other")
    first, second = [r[0] for r in records("The Tessel T9 delivers 21 times the performance of the Orbit X2 at one-third the cost.")]
    assert first == second and "Orbit" not in str(second)


def test_data_centres_and_capital_spending(nlp: Language) -> None:
    """A review of data-centre and earnings news: a site's place is not its owner ("Zephyr AI's new campus in Abilene
    will draw 1.2 GW" is Zephyr AI's); "2GW-plus" is at least 2 GW; a deal "valued at about" a sum is a deal's value; a
    street address is no count."""
    def records(text: str) -> list[tuple[object, ...]]:
        return [(r["subject"], r["value"], r["metric"], r["bound"]) for r in map(claim_to_record, numeric(extract_claims(text, nlp)))]
    assert records("Zephyr AI's new campus in Abilene will draw 1.2 GW when complete.") == [("Zephyr AI", 1.2e9, "power", "=")]
    assert [r[0] for r in records("Quill's Memphis cluster houses 150,000 GPUs.")] == ["Quill"]
    assert [r[0] for r in records("Corvid's campus near Columbus will need 800 MW of power.")] == ["Corvid"]
    assert records("The campus will eventually host 2GW-plus of capacity.")[0][1:] == (2e9, "power", ">=")
    assert [r[2:] for r in records("The deal, valued at about $17 billion, includes chips and networking.")] == [("other", "~")]
    assert [r[1] for r in records("The facility at 1200 Industrial Parkway will house 5,000 servers.")] == [5000.0]
    # the estimate a result beat is stated exactly, as the analysts expected it
    result, expected = map(claim_to_record, numeric(extract_claims(
        "Quarterly revenue of $44.1 billion came in above the $41.2 billion analysts expected.", nlp)))
    assert (result["bound"], result["hedged"], expected["bound"], expected["hedged"]) == ("=", False, "=", True)
    assert claim_to_record(numeric(extract_claims("Revenue topped $40 billion for the first time.", nlp))[0])["bound"] == ">"


def test_research_and_leaderboard_write_ups(nlp: Language) -> None:
    """A review of research and leaderboard text: the model that outperforms another "by" a margin is the subject,
    however the parser reads an unknown name at the start ("Corvid-3 outperforms GPT-4o by 3.1 points"); a source
    named after the figure with "per" is its attribution ("..., per Statista."); chips counted "of" someone's are
    accelerators."""
    def records(text: str) -> list[dict[str, object]]:
        return [claim_to_record(c) for c in numeric(extract_claims(text, nlp))]
    assert [r["subject"] for r in records("Corvid-3 outperforms GPT-4o by 3.1 points on MMLU, scoring 56.8%.")] == [
        "Corvid-3", "Corvid-3"]
    assert [r["subject"] for r in records("Tessel-8B beats Llama 3 8B by 4.5 points on GSM8K.")] == ["Tessel-8B"]
    assert [r["subject"] for r in records("Zephyr-Large exceeds Claude 3 Haiku by 2.4% on HumanEval.")] == ["Zephyr-Large"]
    assert [r["attribution"] for r in records("Orbit held 61.7% of the AI accelerator market in 2023, per Statista.")] == [
        "per Statista"]
    assert [r["attribution"] for r in records("Revenue crossed $12 billion in early 2026 per Reuters reporting.")] == [
        "per Reuters reporting"]
    assert [r["attribution"] for r in records("Quill processes 40 tokens per GPU per second.")] == [None]
    for text in ("Corvid shipped 500,000 of its Falcon AI accelerators last quarter.",
                 "Zephyr bought 20,000 of Nvidia's GB200 superchips.", "Fine-tuning ran on 8 A100 80G GPUs.",
                 "Running this with 64 H100 gpus takes a day."):
        assert [(r["unit"], r["metric"]) for r in records(text)][:1] == [("accelerators", "accelerator_count")], text
    # compute that doubles or rises "1.4x per year" grows; FLOPs per token are no training run; MFU is no score
    assert [r["metric"] for r in records("Training compute for frontier models has been doubling every 6 months.")] == ["growth"]
    assert [(r["metric"], r["period"]) for r in records("Hardware efficiency improved by about 1.4x per year.")] == [
        ("growth", "year")]
    assert [r["metric"] for r in records("The Tessel T9 offers double the bandwidth of the Tessel T8.")] == ["chip_performance"]
    assert [r["metric"] for r in records("Orbit-2 needs 2.3x fewer FLOPs per token than its predecessor.")] == ["other"]
    assert [r["metric"] for r in records("Orbit-2 was trained with roughly 3x fewer FLOPs than Orbit-1.")] == ["training_compute"]
    assert [r["metric"] for r in records("We achieve 45% MFU on 2,048 H100s.")][:1] == ["other"]
    # a product's MAU or DAU is the product's users
    assert [(r["subject"], r["metric"]) for r in records("Kimi's MAU fell 12 percent in March to 21 million.")] == [
        ("Kimi", "growth"), ("Kimi", "users")]


def test_chinese_industry_news(nlp: Language) -> None:
    """A review of Chinese AI-industry news: an industry's size is its sales; money put into computing power or cloud is
    spent, not raised; a "10,000-card cluster" counts chips; prices per 10,000 tokens are scaled to per million; a price
    cut belongs to the product whose price moved."""
    def records(text: str) -> list[tuple[object, ...]]:
        return [(r["subject"], r["value"], r["unit"], r["metric"]) for r in map(claim_to_record, numeric(extract_claims(text, nlp)))]
    assert [r[3] for r in records("Zhejiang's core AI industry exceeded 700 billion yuan in scale.")] == ["revenue"]
    assert [r[3] for r in records("Tessel will invest 100 billion yuan in computing power over five years.")] == ["spending"]
    assert [r[3] for r in records("Orbit invested $2 billion in Corvid.")] == ["funding"]
    assert [r[1:] for r in records("The company built a 10,000-card intelligent computing cluster.")] == [
        (10000.0, "accelerators", "accelerator_count")]
    assert [r[1] for r in records("The store sold 500 gift cards.")] == [500.0]
    assert [r[1:] for r in records("Quill Lite is priced at 0.004 yuan per 10,000 tokens.")] == [
        (0.4, "CNY", "price_per_million_tokens")]
    assert [r[0] for r in records("Corvid Cloud slashed the price of Quill Pro by 63 percent last May.")] == ["Quill Pro"]
    # a figure's label is no size, a Chinese regulator and robot maker are names the gazetteer knows
    assert records("Results improve further with scale (see also Fig. 4b).") == []
    assert records("The fix touches lines 4-7 of the config.") == []
    assert [r[0] for r in records("Unitree is in talks to raise $400 million.")] == ["Unitree"]
    # a bare figure given for a rival measures what the first one did
    assert [r[1:] for r in records("Quill had 172 million MAU in March, ahead of Corvid's 145 million.")] == [
        (1.72e8, "users", "users"), (1.45e8, "users", "users")]
    # a change "from 2023" is yearly; the share of models made by industry is no market share
    growth = [r for r in map(claim_to_record, numeric(extract_claims(
        "Private AI investment reached $33.9 billion in 2024, up 18.7% from 2023.", nlp))) if r["metric"] == "growth"]
    assert [r["period"] for r in growth] == ["year"]
    assert [r[3] for r in records("The share of notable AI models produced by industry rose to 90% in 2024.")] == ["other"]
    # a verb the tagger read as part of the name is cut off it
    assert [r[0] for r in records("Quill-8B scores 68.4% on MMLU.")] == ["Quill-8B"]


def test_frequencies_folds_and_versioned_names(nlp: Language) -> None:
    """How often something happens is a count for its period ("called 1.65 billion times a day"), while a yearly
    multiple stays growth; "more than a thousandfold" is a bounded multiplier; a versioned model name the NER left out
    of the name it qualifies ("Tessel-3 Mini") is put back."""
    def records(text: str) -> list[dict[str, Any]]:
        return [claim_to_record(c) for c in numeric(extract_claims(text, nlp))]
    assert [(r["value"], r["unit"], r["period"]) for r in records("The Quill assistant is now called 1.65 billion times a day.")] == [
        (1.65e9, "count", "day")]
    assert [(r["metric"], r["unit"], r["period"]) for r in records("Training compute has grown 4.5 times per year since 2010.")] == [
        ("growth", "other", "year")]
    assert [(r["value"], r["bound"], r["metric"]) for r in records("Inference costs have fallen more than a thousandfold since 2022.")] == [
        (1000.0, ">", "growth")]
    assert [r["subject"] for r in records("Tessel-3 Mini ships with a 128K-token context window.")] == ["Tessel-3 Mini"]


def test_business_news_review(nlp: Language) -> None:
    """A review of funding and earnings news: a change from the previous quarter is not yearly and a CAGR is; whoever
    leads a round is not the company raising it; a takeover's price is the bought company's; a per-share premium is no
    market share; an SEC form is no figure; a company speaking after its own figures is their subject."""
    def records(text: str) -> list[dict[str, Any]]:
        return [claim_to_record(c) for c in numeric(extract_claims(text, nlp))]
    growth = [r["period"] for r in records(
        "Tessel's data-centre revenue was $30.8 billion, up 17% from the previous quarter and 94% from a year earlier.")
        if r["metric"] == "growth"]
    assert growth == [None, "year"]
    assert [r["period"] for r in records("The market for AI chips will grow at a 35% CAGR through 2030.")] == ["year"]
    assert [(r["subject"], r["metric"]) for r in records("Thrive Capital led the $6.6 billion round, which valued Quill at $157 billion.")] == [
        ("Quill", "funding"), ("Quill", "valuation")]
    assert [r["subject"] for r in records("Led by Lightspeed, the $40 million round values Zephyr Labs at $400 million.")] == [
        "Zephyr Labs", "Zephyr Labs"]
    assert [(r["subject"], r["metric"]) for r in records("Orbit agreed to buy Meridian for $2.2 billion in cash.")] == [("Meridian", "other")]
    assert [r["metric"] for r in records("The offer of $48 per share represents a 32% premium to Friday's closing price.")] == [
        "other", "other"]
    assert [r["metric"] for r in records("Corvid's share price has fallen 40% this year.")] == ["growth"]
    assert records("Tessel disclosed the figure in its 10-K filing.") == []
    assert [r["subject"] for r in records("Revenue rose 24% to $59.89 billion, Halcyon said.")] == ["Halcyon", "Halcyon"]
    assert [r["subject"] for r in records("Investors poured $59.6 billion into AI startups in the first quarter.")] == ["AI startups"]


def test_model_card_review(nlp: Language) -> None:
    """A review of model cards: a one-token versioned name the tagger reads as a common noun ("Halcyon-2") is a name,
    and the earlier figure of a comparison written "in" it is its; a win share of head-to-head comparisons is a
    benchmark score; last month's downloads are monthly; what a model "uses during inference" is active; "80GB H100s"
    is which chip."""
    def records(text: str) -> list[dict[str, Any]]:
        return [claim_to_record(c) for c in numeric(extract_claims(text, nlp))]
    assert [r["subject"] for r in records("Halcyon R1 scores 86.7% on AIME 2025, up from 61.3% for Halcyon-2.")] == [
        "Halcyon R1", "Halcyon-2"]
    assert [r["subject"] for r in records("Quill-2 supports 119 languages, up from 29 in Quill-1.")] == ["Quill-2", "Quill-1"]
    assert [r["subject"] for r in records("Orbit-2 scored 71% in March, up from 64% in January.")] == ["Orbit-2", "Orbit-2"]
    assert [r["metric"] for r in records("In blind tests, Tessel Chat won 61% of head-to-head comparisons against GPT-4o.")] == [
        "benchmark_score"]
    assert [r["period"] for r in records("The Quill-8B checkpoint was downloaded over 1.4 million times last month.")] == ["month"]
    assert [r["metric"] for r in records("Corvid Large has 400 billion parameters but uses only 39 billion during inference.")] == [
        "parameters", "active_parameters"]
    assert [r["value"] for r in records("We fine-tuned the model on two 80GB H100s.")] == [2.0]


def test_adoption_and_usage_review(nlp: Language) -> None:
    """A review of adoption and usage figures: a month's count is monthly; a rate belongs to its own figure, not to the
    next one; a rival's share is a share; installs are downloads; "weekly actives" are users; a maker's product in a
    list ("Microsoft Azure 20%") is named whole; the month of May is no hedge."""
    def records(text: str) -> list[dict[str, Any]]:
        return [claim_to_record(c) for c in numeric(extract_claims(text, nlp))]
    queries = records("Quill answered 780 million queries in May, up from 500 million in January.")
    assert [(r["period"], r["hedged"]) for r in queries][:1] == [("month", False)]
    assert not any(r["hedged"] for r in queries)
    assert [r["period"] for r in records(
        "Tessel's platform processes 2 trillion tokens each week for more than 300 enterprise customers.")] == ["week", None]
    assert [(r["subject"], r["metric"]) for r in records("Orbit leads with 42% of the market, while Zephyr's fell to 25%.")] == [
        ("Orbit", "market_share"), ("Zephyr", "market_share")]
    assert [r["metric"] for r in records("Quill accounted for 28% of all tokens on OpenRouter.")] == ["market_share"]
    assert [r["metric"] for r in records("The app has been installed over 50 million times.")] == ["downloads"]
    assert [r["metric"] for r in records("Tessel Chat now has 12M weekly actives.")] == ["users"]
    assert [r["subject"] for r in records("AWS held 30% of the cloud market, Microsoft Azure 20% and Google Cloud 13%.")] == [
        "AWS", "Microsoft Azure", "Google Cloud"]
    assert [r["hedged"] for r in records("Tessel may reach 50 million users next year.")] == [True]


def test_measure_of_a_thing(nlp: Language) -> None:
    """'Shipments of AI servers rose 46%' is the servers' change, and 'the NVFP4 checkpoint of Corvid Large' is
    Corvid Large's size, not the format's."""
    def subjects(text: str) -> list[object]:
        return [claim_to_record(c)["subject"] for c in numeric(extract_claims(text, nlp))]
    assert subjects("Shipments of AI servers rose 46% last year.") == ["AI servers"]
    assert subjects("The NVFP4 checkpoint of Corvid Large is roughly 245 GB.") == ["Corvid Large"]


def test_policy_report_review(nlp: Language) -> None:
    """A review of policy and research-report figures: a change "over a ten-year period" is growth, not a comparison;
    a forecaster written "Analysts at Gartner expect" or "The IEA projects" is not the subject; the other side of a
    comparison written "in China" is China's; private investment is funding; "of annual turnover" sets no period."""
    def records(text: str) -> list[dict[str, Any]]:
        return [claim_to_record(c) for c in numeric(extract_claims(text, nlp))]
    assert [r["metric"] for r in records(
        "The measure could raise productivity growth by 1.5 percentage points over a ten-year period.")] == ["growth"]
    spending = records("Analysts at Gartner expect worldwide generative AI spending to reach $644 billion in 2025.")
    assert [(r["subject"], r["attribution"]) for r in spending] == [("generative AI spending", "Analysts at Gartner expect")]
    assert [r["subject"] for r in records("The IEA projects that data-centre electricity use will reach 945 TWh by 2030.")] == [
        "data centre electricity use"]
    assert [r["subject"] for r in records(
        "Trust in AI products stands at 39% in the United States, compared with 83% in China and 80% in Indonesia.")][1:] == [
        "China", "Indonesia"]
    assert [r["metric"] for r in records("Private investment in AI in the United States reached $109 billion in 2024.")] == ["funding"]
    assert [r["period"] for r in records("Violations can draw fines of up to 7% of worldwide annual turnover.")] == [None]


def test_readme_review(nlp: Language) -> None:
    """A review of README text: a tool's speed-up of the model it serves is the tool's; hours of a language are a
    corpus; a memory unit or an @k measure is no subject; a detector's FPS is throughput and a game's is not; an
    accuracy loss is no score; "inputs of up to N tokens" is a context length."""
    def records(text: str) -> list[dict[str, Any]]:
        return [claim_to_record(c) for c in numeric(extract_claims(text, nlp))]
    assert [r["subject"] for r in records("Tessel-Serve serves Llama 2 with up to 24x higher throughput than the baseline.")] == [
        "Tessel-Serve"]
    assert [r["value"] for r in records("The corpus has 250,000 hours of English speech and 30,000 hours of Mandarin.")] == [
        2.5e5 * 3600, 3e4 * 3600]
    assert all(r["subject"] != "GB RAM" for r in records("Minimum requirements: 16 GB RAM, 8 GB VRAM."))
    assert [r["metric"] for r in records("Orbit-Det reaches 54.7 box AP on COCO while running at 120 FPS on an RTX 3090.")][-1:] == [
        "throughput"]
    assert [r["metric"] for r in records("The game runs at 120 FPS on most titles.")] == ["other"]
    assert [r["metric"] for r in records("Quill-Quant compresses models to 4 bits with less than 1% accuracy loss.")][-1:] == ["other"]
    assert [r["metric"] for r in records("The encoder handles inputs of up to 8,192 tokens.")] == ["context_length"]


def test_chip_news_review(nlp: Language) -> None:
    """A review of chip news: a multiplier between accelerators the chip list lacked is chip performance; a node size
    between a count and its rate keeps the rate; chips "of its" own with a role word are accelerators; a share of
    another chip's performance is chip performance; "Peak FP8 compute" is the chip's measure, not a name; a research
    firm that reports a market figure is not its subject."""
    def records(text: str) -> list[dict[str, Any]]:
        return [claim_to_record(c) for c in numeric(extract_claims(text, nlp))]
    assert [r["metric"] for r in records("Trainium3 offers 4.4x more compute performance than Trainium2.")] == ["chip_performance"]
    assert [(r["value"], r["period"]) for r in records("The fab will produce 30,000 7nm wafers a month.")] == [(30000.0, "month")]
    assert [r["unit"] for r in records("Corvid plans to deploy 500,000 of its Z1 inference chips next year.")] == ["accelerators"]
    assert [r["metric"] for r in records("The Tessel T2 delivers about 80% of the H100's performance.")] == ["chip_performance"]
    assert [r["subject"] for r in records("Peak FP8 compute is 2.3 petaflops on the MI300X.")] == ["MI300X"]
    assert [r["subject"] for r in records("The global foundry market grew 11% in the quarter, Counterpoint said.")] == [
        "global foundry market"]


def test_multiple_of_a_year_level(nlp: Language) -> None:
    """"ten times the 2022 level", "twice as many as in 2019": a change since that year."""
    def metrics(text: str) -> list[object]:
        return [claim_to_record(c)["metric"] for c in numeric(extract_claims(text, nlp))]
    assert metrics("AI investment is now ten times the 2022 level.") == ["growth"]
    assert metrics("Corvid now ships twice as many as in 2019.") == ["growth"]


def test_statistics_roundup_review(nlp: Language) -> None:
    """A review of statistics roundups: a source cited beside the figures ("(IBM)", "per X", "— OpenAI", a research
    firm's "Gartner:" label) is never the subject; "exploring AI" after a survey share is no deal hedge; a heading
    that counts its own items and a reading time are no figures; a figure restated after its noun counts once."""
    def records(text: str) -> list[dict[str, Any]]:
        return [claim_to_record(c) for c in numeric(extract_claims(text, nlp))]
    survey = records("77% of companies are using or exploring AI in their business (IBM).")
    assert [(r["subject"], r["hedged"]) for r in survey] == [(None, False)]
    assert [r["subject"] for r in records(
        "The AI chip market will reach $311 billion by 2029, a CAGR of 33.2%, per MarketsandMarkets.")] == ["AI chip market"] * 2
    assert [r["subject"] for r in records(
        "Gartner: 30% of generative AI projects will be abandoned after proof of concept by 2025.")] == ["generative AI projects"]
    assert records("7 AI Statistics That Will Shape 2026") == []
    assert records("9 min read") == []
    assert [r["value"] for r in records("The FBI offers seven tips to help job seekers avoid phishing scams:")] == [7.0]
    assert [r["value"] for r in records("Nvidia shipped 3.76 million GPUs (3,760,000 units) last year.")] == [3.76e6]
    assert [r["hedged"] for r in records("Orbit is exploring a sale that could value it at $2 billion.")] == [True]


def test_safety_and_world_news_reviews(nlp: Language) -> None:
    """Reviews of safety evaluations and of news outside the US: a share of tasks completed is a score; the share of
    incidents is no market share; ¥ in a Japanese story is yen; "past 20,000 GPUs" is more than; a capacity to
    "increase tenfold" is growth; "a third of GPT-4o's price" is a ratio; "China's Apollo Go" is Apollo Go's."""
    def records(text: str) -> list[dict[str, Any]]:
        return [claim_to_record(c) for c in numeric(extract_claims(text, nlp))]
    assert [r["metric"] for r in records("Tessel Agent completed 58.1% of WebArena tasks.")] == ["benchmark_score"]
    assert [r["metric"] for r in records("The share of incidents involving AI agents rose to 12% in 2025.")] == ["other"]
    assert [r["unit"] for r in records("Sakana AI raised ¥30 billion in its latest round.")] == ["other"]
    assert [r["bound"] for r in records("The deal takes its fleet past 20,000 GPUs.")] == [">"]
    assert [r["metric"] for r in records("The ministry expects the region's AI compute capacity to increase tenfold by 2030.")] == [
        "growth"]
    assert [r["unit"] for r in records("Quill Mini costs roughly a third of GPT-4o's price.")] == ["other"]
    assert [r["subject"] for r in records("China's Apollo Go has more than 1,000 robotaxis on the road.")] == ["Apollo Go"]


def test_hours_of_testing(nlp: Language) -> None:
    """"about 3,700 hours of red-teaming": time spent on the work, a figure (as "1,500 hours of human labor" is)."""
    assert [(c.value, c.unit) for c in numeric(extract_claims(
        "The model went through about 3,700 hours of red-teaming before launch.", nlp))] == [(3700 * 3600.0, "seconds")]


def test_capitalised_unknown_word_in_a_name(nlp: Language) -> None:
    """"In tests, Zephyr-Agent completed ...", "a rise for Halcyon Pro": a capitalised word the tagger did not know is
    part of the name, so the kb does not file every "Agent" or "Pro" figure together."""
    def subjects(text: str) -> list[object]:
        return [claim_to_record(c)["subject"] for c in numeric(extract_claims(text, nlp))]
    assert subjects("In tests, Zephyr-Agent completed 38% of tasks.") == ["Zephyr-Agent"]
    assert subjects("On the same test, Halcyon Pro hallucinated on 4.2% of answers.") == ["Halcyon Pro"]
