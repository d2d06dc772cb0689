"""parse_quantities: numbers, scales, currencies, bounds, ranges, and what is not a quantity."""

from __future__ import annotations

import math
import time

import pytest

from pipeline.quantities import parse_quantities


def one(text: str) -> tuple[float, float | None, str, str]:
    found = parse_quantities(text)
    assert len(found) == 1, found
    q = found[0]
    assert text[q.start : q.end] == q.surface
    return q.value, q.value_high, q.unit, q.bound


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("China processes 140 trillion AI tokens daily.", 1.4e14, "tokens"),
        ("It has 671B parameters.", 6.71e11, "parameters"),
        ("The startup raised $2.5 billion.", 2.5e9, "USD"),
        ("It raised US$300m last year.", 3e8, "USD"),
        ("Revenue reached RMB 12.5bn.", 1.25e10, "CNY"),
        ("Revenue reached ¥800 million.", 8e8, "CNY"),
        ("The fund holds €10M.", 1e7, "EUR"),
        ("They paid £2,000 for it.", 2000.0, "GBP"),
        ("An outlay of Rs 76,000 crore was approved.", 7.6e11, "INR"),
        ("An outlay of 3 lakh crore rupees.", 3e12, "INR"),
        ("Two million people use it.", 2e6, "people"),
        ("It hit 8 million global users.", 8e6, "users"),
        ("Trained on 14.8T tokens.", 1.48e13, "tokens"),
        ("Needs 2.788M H800 GPU hours.", 2.788e6, "GPU-hours"),
        ("Built with 1.5k H100s.", 1500.0, "accelerators"),
        ("Share rose 35% in a year.", 35.0, "percent"),
        ("Share rose 35 percent.", 35.0, "percent"),
        ("Margins fell 3 percentage points.", 3.0, "percentage points"),
        ("It runs 3.5x faster.", 3.5, "times"),
        ("Sales grew threefold.", 3.0, "times"),
        ("A 4e19 FLOPs model.", 4e19, "FLOP"),
        ("It reaches 50 petaflops.", 5e16, "FLOP/s"),
        ("Capacity of 1.5 gigawatts.", 1.5e9, "W"),
        ("A 5 GW campus.", 5e9, "W"),
        ("It used 50 MWh.", 5e7, "Wh"),
        ("It answers in four seconds.", 4.0, "seconds"),
        ("Inference at 300 tokens per second.", 300.0, "tokens/s"),
        ("A context of 256K tokens.", 2.56e5, "tokens"),
        ("I want a hundred and two of those", 102.0, "count"),
        ("It costs $15.4/hour", 15.4, "USD/hour"),
        ("The compute was 2.56×10²⁴ FLOP.", 2.56e24, "FLOP"),
        ("In Australia it sells for AU$2,199 outright.", 2199.0, "AUD"),
        ("About a dozen volunteers came.", 12.0, "count"),
        ("Every variant reads `4096` tokens at once.", 4096.0, "tokens"),
        ("The cluster has doubled in size.", 2.0, "times"),
        ("The lab rents 50,000 H100 cards from a cloud.", 5e4, "accelerators"),
        ("Microsoft will invest R5,4 billion in South Africa.", 5.4e9, "ZAR"),  # rand, with a decimal comma
        ("The deal is worth €1,5 billion.", 1.5e9, "EUR"),
        ("Another 14 billion reais will go to research.", 1.4e10, "BRL"),
        ("The startup raised $5.5 M seed funding.", 5.5e6, "USD"),
        ("India's ₹10,000cr IndiaAI Mission began.", 1e11, "INR"),
    ],
)
def test_values_and_units(text: str, value: float, unit: str) -> None:
    got_value, _, got_unit, _ = one(text)
    assert got_value == pytest.approx(value)
    assert got_unit == unit


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("about 40% of them", "~"),
        ("nearly 500 employees", "~"),
        ("~2 trillion tokens", "~"),
        ("more than 100 million downloads", ">"),
        ("over $100 billion", ">"),
        ("surpassing 1 billion users", ">"),
        ("at least $500 million", ">="),
        ("15,000 GPUs or more", ">="),
        ("100+ countries", ">="),
        ("up to 5 GW", "<="),
        ("as high as 50 petaflops", "<="),
        ("less than 10 percent", "<"),
        ("fewer than 200 chips", "<"),
        ("exactly 7 billion parameters", "="),
    ],
)
def test_bounds(text: str, bound: str) -> None:
    assert one(text)[3] == bound


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("from 7 billion to 70 billion parameters", 7e9, 7e10),
        ("5-7 billion tokens", 5e9, 7e9),
        ("between 5 and 7 billion users", 5e9, 7e9),
        ("$79 billion to $134 billion in damages", 7.9e10, 1.34e11),
        ("about 15-20 words per second", 15.0, 20.0),
        ("3.5–4.0 TeV", 3.5e12, 4.0e12),
        ("achieves 2 ~ 20x speedup", 2.0, 20.0),
    ],
)
def test_ranges(text: str, low: float, high: float) -> None:
    value, value_high, _, _ = one(text)
    assert value == pytest.approx(low)
    assert value_high == pytest.approx(high)


@pytest.mark.parametrize(
    "text",
    [
        "It launched in 2024.",
        "Released on August 16, 2023.",
        "2024.02.05: We released the Qwen1.5 series.",
        "[2023/06] We introduced MT-bench.",
        "It launched on 2024-01-15.",
        "GPT-4o and GPT-4 are models.",
        "Llama 3.1 is here.",
        "DeepSeek V4 is here.",
        "The H100-80GB card.",
        "Qwen1.5-MoE-A2.7B is small.",
        "Linux with Python 3.10 only.",
        "Version 3.10.2 fixes it.",
        "The 10th anniversary of the 21st-century lab.",
        "It ranks No. 1 in China.",
        "Call 555-123-4567 today.",
        "Call +44 20 7946 0000 today.",
        "As shown before [1], it works [2, 3].",
        "1. Install the package",
        "We met at 2 pm and left at 10:30.",
        "COVID-19 changed everything.",
        "One of the highlights of the year.",
        "We produced nothing in 2013-14.",
        "The class of the 1960s.",
    ],
)
def test_not_quantities(text: str) -> None:
    assert parse_quantities(text) == []


def test_model_size_after_name_is_kept() -> None:
    found = parse_quantities("Llama 3.1 405B scores well.")
    assert [q.surface for q in found] == ["405B"]
    assert found[0].value == pytest.approx(4.05e11)


def test_list_shares_the_unit() -> None:
    found = parse_quantities("in 8B, 70B and 405B sizes")
    assert [q.unit for q in found] == ["parameters"] * 3
    assert [q.value for q in found] == pytest.approx([8e9, 7e10, 4.05e11])


def test_restated_figure_keeps_unit() -> None:
    found = parse_quantities("100 trillion tokens processed per month, or about 25 trillion per week")
    assert [(q.value, q.unit, q.bound) for q in found] == [(1e14, "tokens", "="), (2.5e13, "tokens", "~")]


def test_negative_and_accounting_values() -> None:
    assert one("The annual revenue is -15€.")[:3] == (-15.0, None, "EUR")
    assert one("The annual revenue is ($99.99).")[0] == -99.99


def test_offsets_point_into_text() -> None:
    text = "Moonshot raised $200 million in a round that valued it at $300 million."
    for q in parse_quantities(text):
        assert text[q.start : q.end] == q.surface


@pytest.mark.parametrize(
    "text",
    [
        "word " * 20_000,
        "x" * 200_000,
        "1" * 2000,
        "$" + "9" * 2000 + " billion",
        "数据显示 140 trillion tokens daily、Ünïcödé ١٢٣ ٤٥ 𝟏𝟐𝟑 mixed",
        "1,2,3,4,5,6,7,8,9," * 2000,
        "-" * 10_000 + "5",
        "",
    ],
)
def test_bad_input_never_crashes(text: str) -> None:
    started = time.perf_counter()
    found = parse_quantities(text)
    assert time.perf_counter() - started < 5
    assert all(q.value == q.value for q in found)  # no NaN


def test_price_aside_in_parentheses_is_positive() -> None:
    assert one("Rain's waterproof jacket ($125) is very similar.")[0] == 125


def test_half_a_million() -> None:
    assert one("More than half a million people face starvation.")[0] == 500_000


def test_a_spaced_em_dash_is_a_clause_break_not_a_range() -> None:
    found = parse_quantities("The deal values it at $45 billion — a billion dollars more than last year.")
    assert (found[0].value, found[0].value_high) == (4.5e10, None)


def test_markdown_bold_keeps_offsets() -> None:
    text = "Trained for **1.2M** GPU hours."
    (q,) = parse_quantities(text)
    assert q.value == 1.2e6 and text[q.start : q.end] == q.surface


def test_two_prices_in_one_chunk_and_a_sequence_length_not_a_year() -> None:
    assert [q.value for q in parse_quantities("It costs $0.25/$1.25 per million tokens.")] == [0.25, 1.25]
    (q,) = parse_quantities("The context length grew from 2048 to 4096 tokens.")
    assert (q.value, q.value_high) == (2048.0, 4096.0)
    assert [q.value for q in parse_quantities("The company was founded in 2048.")] == []


def test_bold_marks_inside_a_quantity_map_back_to_the_text() -> None:
    text = "The H200 provides up to **800** tok/s."
    (q,) = parse_quantities(text)
    assert (q.value, q.unit) == (800.0, "tokens/s") and text[q.start : q.end] == q.surface


def test_plus_before_a_scale_or_unit_and_flop_rates_written_with_a_slash() -> None:
    (q,) = parse_quantities("It was trained on 3.5+ trillion tokens.")
    assert (q.value, q.unit, q.bound) == (3.5e12, "tokens", ">=")
    (q,) = parse_quantities("Combined, the sites draw 5+ gigawatts.")
    assert (q.value, q.unit, q.bound) == (5e9, "W", ">=")
    (q,) = parse_quantities("Each GPU sustains 163 teraFLOP/s.")
    assert (q.value, q.unit) == (1.63e14, "FLOP/s")


def test_markdown_links_read_as_their_words() -> None:
    text = "Our experiments use up to 6144 [H100](https://www.nvidia.com/en-us/data-center/h100/) GPUs."
    (q,) = parse_quantities(text)
    assert (q.value, q.unit) == (6144.0, "accelerators") and text[q.start : q.end] == q.surface
    assert parse_quantities("See [the 2024 report](https://example.com/2024/report-7b) for details.") == []


def test_card_model_numbers_and_scaled_plus_bounds() -> None:
    assert parse_quantities("It runs on a consumer-grade NVIDIA RTX 4090 GPU.") == []
    assert [q.surface for q in parse_quantities("The news sent Tesla 7% higher on Monday.")] == ["7%"]
    assert [q.surface for q in parse_quantities("Corvid bought 3,000 Radeon cards.")] == ["3,000"]
    hours = parse_quantities("The corpus totals 270k+ hours of speech.")
    assert [(q.surface, q.unit, q.value, q.bound) for q in hours] == [("270k+ hours", "seconds", 9.72e8, ">=")]


def test_multiples_of_a_chip_count_chips() -> None:
    """'8x A100 GPUs' counts eight cards; '3.5x B200 performance' and '3x faster' stay multipliers."""
    assert [(q.unit, q.value) for q in parse_quantities("It was trained on 8x A100 GPUs.")] == [("accelerators", 8.0)]
    assert [(q.unit, q.value) for q in parse_quantities("A node of 4 x H100s serves it.")] == [("accelerators", 4.0)]
    assert [q.unit for q in parse_quantities("Rubin delivers 3.5x B200 performance.")] == ["times"]
    assert [q.unit for q in parse_quantities("Rubin delivers 4x H100 performance.")] == ["times"]
    assert [q.unit for q in parse_quantities("It is 3x faster than the H100.")] == ["times"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("The pre-training was conducted on 24 A100(40G) GPUs with a batch size of 720.", 24.0),
        ("It took about five hours on 64 H100.", 64.0),
        ("The site already has 200,000 Nvidia H100/H200 GPUs.", 200_000.0),
        ("A cloud platform powered by 18,000 NVIDIA Grace Blackwell Superchips.", 18_000.0),
        ("It was trained on a cluster of 1,536 Ascend 910 AI Processors.", 1536.0),
        ("GPUs: 416 A100 80GB GPUs (52 nodes).", 416.0),
    ],
)
def test_a_count_before_a_chip_model_counts_chips(text: str, value: float) -> None:
    """A datacenter chip's model number after a count, with its memory or a second model, counts chips."""
    assert (value, "accelerators") in [(q.value, q.unit) for q in parse_quantities(text)]


def test_a_chip_model_after_a_multiplier_or_a_model_size_counts_nothing() -> None:
    assert [q.unit for q in parse_quantities("Rubin delivers 4x H100 performance.")] == ["times"]
    assert [(q.value, q.unit) for q in parse_quantities("Llama 3 70B runs on 2 H100s.")][-1] == (2.0, "accelerators")
    assert parse_quantities("the Hopper 100 series") == []
    assert "accelerators" not in [q.unit for q in parse_quantities("Airbus delivered 30 A350, 20 A330 and 10 A220.")]


def test_hyphenated_scales_of_sums_and_non_breaking_hyphens() -> None:
    """'$5.36-billion' (a newspaper style), '1‑trillion‑parameter' with U+2011, '50-plus-percent'."""
    found = [(q.surface, q.value, q.value_high, q.unit) for q in parse_quantities("Revenue came in at $5.36-billion.")]
    assert found == [("$5.36-billion", 5.36e9, None, "USD")]
    found = [(q.surface, q.value, q.value_high) for q in parse_quantities("It will be $5.4-billion to $6-billion.")]
    assert found == [("$5.4-billion to $6-billion", 5.4e9, 6e9)]
    text = "the 1\u2011trillion\u2011parameter model"
    (q,) = parse_quantities(text)
    assert (q.value, q.unit, q.surface) == (1e12, "parameters", text[4 : 4 + len("1\u2011trillion\u2011parameter")])
    assert text[q.start : q.end] == q.surface  # offsets and surface as written
    (q,) = parse_quantities("a 50\u2011plus\u2011percent jump")
    assert (q.value, q.unit, q.bound) == (50.0, "percent", ">=")
    assert [q.value for q in parse_quantities("a 7-billion-parameter model")] == [7e9]


def test_tilde_ranges_and_lists_of_sizes() -> None:
    """'18.6B∼31.3B' (U+223C between two figures) is a range; every size in '3B/8B/13B/40B' counts."""
    (q,) = parse_quantities("It activates 18.6B\u223c31.3B parameters.")
    assert (q.value, q.value_high, q.unit, q.surface) == (18.6e9, 31.3e9, "parameters", "18.6B\u223c31.3B parameters")
    assert [q.value for q in parse_quantities("The model sizes: 3B/8B/13B/40B.")] == [3e9, 8e9, 13e9, 40e9]
    assert [(q.value, q.value_high, q.unit) for q in parse_quantities("a drop of around 1~2 percents")] == [(1.0, 2.0, "percent")]
    assert [(q.value, q.bound) for q in parse_quantities("about ~5%")] == [(5.0, "~")]


def test_chips_counted_in_one_word() -> None:
    assert [(q.surface, q.unit, q.value) for q in parse_quantities("It takes 30 minutes on a 8xH100 cluster.")][-1] == (
        "8xH100", "accelerators", 8.0)
    assert [(q.unit, q.value) for q in parse_quantities("It was trained on 64xA100s.")] == [("accelerators", 64.0)]
    assert parse_quantities("the Mixtral 8x7B weights") == []


def test_a_bare_figure_set_against_one_with_a_unit_shares_it() -> None:
    """'then 811,000', 'versus 80', 'users rose from 773,000': the same measure restated, not a bare count."""
    units = [(q.value, q.unit) for q in parse_quantities("Zephyr had 773,000 downloads in March, then 811,000 in April.")]
    assert units == [(773000.0, "downloads"), (811000.0, "downloads")]
    assert parse_quantities("It runs at 1,200 tokens per second on the C300, versus 80 on GPUs.")[-1].unit == "tokens/s"
    assert [q.unit for q in parse_quantities("Weekly active users rose from 773,000 in May to 811,000 in June.")] == ["users", "users"]
    assert [q.unit for q in parse_quantities("Prompts grew from around 1,500 to over 6,000 tokens.")] == ["tokens", "tokens"]
    # a part of what was counted, and a figure with no partner, stay counts
    assert [q.unit for q in parse_quantities("It read 500 tokens, then 12 of them were cached.")] == ["tokens", "count"]
    assert [q.unit for q in parse_quantities("The lab has 40 staff, from 12 countries.")][-1] != "tokens"


def test_currency_on_both_ends_of_a_range_and_petaflops_written_flops() -> None:
    """'$175–$185 billion' is one range in billions; '2.52 PFLOPs' is a rate like PFLOPS."""
    (q,) = parse_quantities("Alphabet set capex at $175–$185 billion.")
    assert (q.value, q.value_high, q.unit) == (175e9, 185e9, "USD")
    assert [(q.value, q.unit) for q in parse_quantities("It delivers 2.52 PFLOPs of FP8 compute.")] == [(2.52e15, "FLOP/s")]


def test_hourly_price_ranges_and_tokens_as_a_noun() -> None:
    """'$1.49–$2.10/hr' is one hourly range; '256,000 tokens as its tier' is tokens, not tokens a second."""
    (q,) = parse_quantities("An H100 sits at $1.49–$2.10/hr depending on the provider.")
    assert (q.value, q.value_high, q.unit) == (1.49, 2.1, "USD/hour")
    assert [q.unit for q in parse_quantities("It offers 256,000 tokens as its standard tier.")] == ["tokens"]
    assert [q.unit for q in parse_quantities("It runs at 50 tokens a second.")] == ["tokens/s"]


def test_latex_numbers_consumer_card_models_and_names() -> None:
    """'$560$-billion' and '97.1\\%' from paper abstracts are plain figures; 'two 4090 GPUs' counts two cards;
    'the Three Mile Island plant' is a name; '128 400-gigabit links' is two figures, not 128,400."""
    (q,) = parse_quantities("Corvid-Prover is a $560$-billion-parameter model.")
    assert (q.value, q.unit) == (560e9, "parameters")
    assert [(q.value, q.unit) for q in parse_quantities("It sees $400$B tokens and passes 97.1\\% of tests.")] == [
        (400e9, "tokens"), (97.1, "percent")]
    assert [(q.value, q.unit) for q in parse_quantities("Two 4090 GPUs are enough for the demo.")] == [(2.0, "accelerators")]
    assert [(q.value, q.unit) for q in parse_quantities("We trained on 8x 3090 GPUs.")] == [(8.0, "accelerators")]
    assert [q.value for q in parse_quantities("It runs on a 16GB laptop 4090 GPU.")] == [16e9]
    assert [(q.value, q.unit) for q in parse_quantities("The cluster has 4096 GPUs.")] == [(4096.0, "accelerators")]
    assert [q.surface for q in parse_quantities("They will restart the Three Mile Island plant.")] == []
    assert [(q.value, q.unit) for q in parse_quantities("The switch supports 128 400-gigabit links.")] == [(128.0, "count"), (4e11, "bits")]
    assert [q.value for q in parse_quantities("The city has 1 200 000 people.")] == [1.2e6]


def test_a_scaled_bare_figure_counts_the_noun_after_it() -> None:
    """'~200M examples' counts examples, '1M context length' is tokens; '175B weights' stays a model size."""
    assert [q.unit for q in parse_quantities("This trains a model on all ~200M examples.")] == ["examples"]
    assert [q.unit for q in parse_quantities("It handles 1M context length.")] == ["tokens"]
    assert [q.unit for q in parse_quantities("The 7B model is small.")] == ["parameters"]
    assert [q.unit for q in parse_quantities("We release 175B weights.")] != ["weights"]


def test_people_counted_after_acronyms_and_modifiers() -> None:
    """'456 CEOs', '308 U.S. business executives', 'six major companies' count people and companies;
    'a 65.2 MTEB score' and 'Europe's two AI leaders' count nothing after the name."""
    units = {text: [q.unit for q in parse_quantities(text)] for text in (
        "The survey of 456 CEOs ran from June.", "A survey of 308 U.S. business executives found more.",
        "It studied 125 Fortune 1000 organizations.", "Corvid now has six major companies as clients.",
        "It reaches a 65.2 MTEB score.", "It became one of Europe's two AI leaders.")}
    assert units == {
        "The survey of 456 CEOs ran from June.": ["ceos"],
        "A survey of 308 U.S. business executives found more.": ["executives"],
        "It studied 125 Fortune 1000 organizations.": ["organizations"],
        "Corvid now has six major companies as clients.": ["companies"],
        "It reaches a 65.2 MTEB score.": ["count"],
        "It became one of Europe's two AI leaders.": ["count"],
    }


def test_chip_hours_bandwidth_peak_flops_and_memory_written_with_g() -> None:
    """'2000 H200-hours' are GPU-hours, '7.2 Tbps' a rate in bits, '83.2 peak petaflops' FLOP/s and '33G GPU memory' bytes;
    'vs' is never the thing counted."""
    assert [(q.value, q.unit) for q in parse_quantities("They racked up over 2000 H200-hours.")] == [(2000.0, "GPU-hours")]
    assert [(q.value, q.unit) for q in parse_quantities("Bandwidth rose to 7.2 Tbps.")] == [(7.2e12, "bit/s")]
    assert [(q.value, q.unit) for q in parse_quantities("It can scale up to 83.2 peak petaflops.")] == [(83.2e15, "FLOP/s")]
    assert [(q.value, q.unit) for q in parse_quantities("Loading it requires at least 33G GPU memory.")] == [(33e9, "bytes")]
    assert [q.unit for q in parse_quantities("AIME24 (80.3 vs. 79.8)")] == ["count", "count"]


def test_chips_counted_with_a_bound_a_times_sign_or_their_memory_first() -> None:
    """'16 or more A100 GPUs', '8 * A100 server', '4 80GB A100 GPUs' and '50,000 H100 orders' count chips;
    'two H200 nodes' counts nodes."""
    for text, value in (("We recommend 16 or more A100 GPUs (80GB each).", 16.0), ("It ran on a single 8 * A100 server.", 8.0),
                        ("We used 4 80GB A100 GPUs.", 4.0), ("AWS completed about 50,000 H100 orders in 2023.", 50000.0)):
        assert (parse_quantities(text)[0].value, parse_quantities(text)[0].unit) == (value, "accelerators"), text
    assert parse_quantities("Jobs ran on two H200 nodes.")[0].unit != "accelerators"


def test_digits_that_name_a_product_or_a_chip() -> None:
    """'Microsoft 365 users', 'the Trinium 2 chip' and 'Ascend 910B chips' name things; 'an 8 GPU server' counts GPUs."""
    assert [q.unit for q in parse_quantities("Getting 10% of Microsoft 365 users on the tier.")] == ["percent"]
    assert parse_quantities("The Trinium 2 chip showcases its speed.") == []
    assert [q.value for q in parse_quantities("Huawei plans 300,000 Ascend 910B chips.")] == [3e5]
    assert [(q.value, q.unit) for q in parse_quantities("It runs on an 8 GPU server.")] == [(8.0, "accelerators")]
    assert [q.value for q in parse_quantities("ChatGPT has 800 million users.")] == [8e8]


def test_space_grouped_ranges_and_a_named_card() -> None:
    """'2 000-3 000 GPUs' is one range and '1 000-page' one thousand; 'the 2080 GPU' is a card's name."""
    (q,) = parse_quantities("They plan to deploy between 2 000-3 000 GPUs next year.")
    assert (q.value, q.value_high, q.unit) == (2000.0, 3000.0, "accelerators")
    assert [q.value for q in parse_quantities("The team wrote a 1 000-page report.")] == [1000.0]
    assert parse_quantities("The 2080 GPU launched in 2018.") == []


def test_exaflops_in_mixed_case_and_chips_counted_with_a_star_or_their_memory() -> None:
    """'1.206 Eflop/s' is a rate; '8*A800 GPUs' and '8 80G GPUs' count eight chips."""
    assert [(q.value, q.unit) for q in parse_quantities("Its HPL score rose to 1.353 Eflop/s.")] == [(1.353e18, "FLOP/s")]
    assert [(q.value, q.unit) for q in parse_quantities("We train our models on 8*A800 GPUs.")] == [(8.0, "accelerators")]
    assert parse_quantities("We recommend at least 8 80G GPUs for training.")[0].unit == "accelerators"


def test_active_users_abbreviated_chip_clusters_and_bandwidth_written_tbps() -> None:
    """'800 million WAUs' are users a week; '100k H100 training cluster' counts chips; 'TBps' is bytes a second."""
    assert [(q.value, q.unit) for q in parse_quantities("ChatGPT reported 800 million WAUs.")] == [(8e8, "users/week")]
    assert [(q.value, q.unit) for q in parse_quantities("xAI brought its 100k H100 training cluster online.")] == [
        (1e5, "accelerators")]
    assert [(q.value, q.unit) for q in parse_quantities("It has 2.45 TBps of bandwidth.")] == [(2.45e12, "bytes/s")]


def test_readme_shorthand_for_memory_hours_glued_chips_and_npu_ratings() -> None:
    """'needs 24gb', 'a 300Gb corpus' are bytes ('4Gb DRAM' dies bits); '7.5h' is hours; '16gpus', '4x3090' and
    '2 L40S (' count chips, as do '5,000 of AMD's newest chips'; '40 TOPS' is a rate."""
    def parsed(text: str) -> list[tuple[float, str]]:
        return [(q.value, q.unit) for q in parse_quantities(text)]

    assert parsed("Fine-tuning needs 24gb of VRAM.") == [(24e9, "bytes")]
    assert parsed("It was trained on a 300Gb corpus.") == [(300e9, "bytes")]
    assert parsed("Stacks of 4Gb DRAM dies.") == [(4e9, "bits")]
    assert parsed("Fine-tuning took 7.5h in total.") == [(27000.0, "seconds")]
    assert parsed("We trained it on 16gpus for a week.")[0] == (16.0, "accelerators")
    assert parsed("Inference runs on 4x3090 at home.") == [(4.0, "accelerators")]
    assert parsed("It fits on 2x RTX3090.") == [(2.0, "accelerators")]
    assert parsed("Serving uses 2 L40S (48 GB each) per replica.")[0] == (2.0, "accelerators")
    assert parsed("A test run used 4 V100 by default.") == [(4.0, "accelerators")]
    assert parsed("The lab ordered 5,000 of AMD's newest chips.") == [(5000.0, "accelerators")]
    assert parsed("3 of the chips overheated.") == [(3.0, "count")]
    assert parsed("The laptop NPU delivers 40 TOPS.") == [(4e13, "FLOP/s")]


def test_stacked_scale_words_factors_and_versions_after_a_trademark() -> None:
    """'a thousand million' is 10^9 and 'a billion billion' 10^18; 'a factor of 12' multiplies; 'ROCm™ 6.1' is a name."""
    assert [q.value for q in parse_quantities("It costs a thousand million dollars.")] == [1e9]
    assert [q.value for q in parse_quantities("It does a billion billion sums.")] == [1e18]
    assert [(q.value, q.unit) for q in parse_quantities("Costs fell by a factor of 12.")] == [(12.0, "times")]
    assert parse_quantities("The update ships with ROCm™ 6.1 support.") == []


def test_sub_prefixed_figures_data_sizes_in_g_and_dataflow_chips() -> None:
    """'sub-200ms' is under 200 ms; '500G datasets' is bytes of data; '8 SN40L RDUs' counts chips."""
    [q] = parse_quantities("It answers with sub-200ms latency.")
    assert (q.value, q.unit, q.bound) == (0.2, "seconds", "<")
    assert [(q.value, q.unit) for q in parse_quantities("It saw 500G datasets in training.")] == [(5e11, "bytes")]
    assert parse_quantities("A node holds 8 SN40L RDUs in total.")[0].unit == "accelerators"


def test_a_bare_count_compared_to_or_estimated_beside_chips_counts_chips() -> None:
    """'2,000 chips, compared to the 16,000 ...' and '30,000 H100 orders, with an estimated 12,000 ...' count chips."""
    for text in ("They used 2,000 Nvidia chips, compared to the 16,000 or more used elsewhere.",
                 "The cloud filled 30,000 H100 orders in 2024, with an estimated 12,000 in the year before."):
        assert [q.unit for q in parse_quantities(text)] == ["accelerators", "accelerators"], text


def test_review_of_version_13_quantities_on_near_misses() -> None:
    """Resolutions, mobile networks, network links, reward models, efficiency ratings, robotaxis and model classes
    are not the figures the new units read: '1920x1080' no chips, '5G data' no bytes, '400Gb Ethernet' bits,
    'an RM 70B' no ringgit, '15 TOPS/W' no rate, '1,000 L4 in Wuhan' no chips, 'Sub-1B models' no bound."""
    def parsed(text: str) -> list[tuple[float, str]]:
        return [(q.value, q.unit) for q in parse_quantities(text)]

    assert all(unit != "accelerators" for _, unit in parsed("It renders video at 1920x1080 resolution."))
    assert all(unit != "bytes" for _, unit in parsed("The phone supports 5G data speeds."))
    assert parsed("Each server has 400Gb Ethernet links.") == [(4e11, "bits")]
    assert all(unit != "MYR" for _, unit in parsed("We use an RM 70B to score the responses."))
    assert all(unit != "FLOP/s" for _, unit in parsed("The NPU reaches 15 TOPS/W."))
    assert all(unit != "accelerators" for _, unit in parsed("The fleet runs 1,000 L4 in Wuhan."))
    assert all(q.bound != "<" for q in parse_quantities("Sub-1B models are getting better."))
    assert parsed("It runs on 4 RTX 4090 in parallel.") == [(4.0, "accelerators")]
    assert parsed("It needs 8x 4090 cards.") == [(8.0, "accelerators")]


def test_chip_counts_in_brackets_with_memory_or_one_gpu_and_sizes_without_digits() -> None:
    """'(4xH100)', '8xA100-80GB' and 'one A100 GPU' count chips ('6,250 A100 GPU days' does not); 'the first
    trillion-parameter model' states a size of 10^12."""
    assert [(q.value, q.unit) for q in parse_quantities("It takes 5 mins (4xH100).")][-1] == (4.0, "accelerators")
    assert parse_quantities("Benchmarks ran on an 8xA100-80GB node.")[0].unit == "accelerators"
    assert parse_quantities("On one A100 GPU the run takes an hour.")[0].unit == "accelerators"
    assert all(q.unit != "accelerators" for q in parse_quantities("It took 6,250 A100 GPU days."))
    assert [(q.value, q.unit) for q in parse_quantities("It is the first open trillion-parameter model.")] == [
        (1e12, "parameters")]


def test_gpu_nodes_and_vague_counts_of_large_models_are_not_sizes_or_chips() -> None:
    """'8 H100 GPU nodes' counts nodes, not chips; 'several billion-parameter models' states no size."""
    assert all(q.unit != "accelerators" for q in parse_quantities("The cluster has 8 H100 GPU nodes."))
    assert parse_quantities("Several billion-parameter models were released this year.") == []


def test_numbered_chip_lines_sizes_in_lower_case_and_cards_after_a_spaced_times_sign() -> None:
    """'500,000 Trainium 2 chips' counts chips (the 2 is the chip's generation); '460m parameter' and 'sizes: 1b,
    400m, 150m parameters' are model sizes, '5m' alone is metres; 'a 16 x 3090 setup' counts cards; areas read
    in square feet."""
    assert [(q.value, q.unit) for q in parse_quantities("A cluster of nearly 500,000 Trainium 2 chips went live.")] == [
        (500000.0, "accelerators")]
    assert [(q.value, q.unit) for q in parse_quantities("The lab runs 100,000 Gaudi 3 accelerators.")] == [
        (100000.0, "accelerators")]
    assert [(q.value, q.unit) for q in parse_quantities("Our 460m parameter model trained well.")] == [(4.6e8, "parameters")]
    assert [(q.value, q.unit) for q in parse_quantities("Models come in sizes: 1b, 400m, 150m parameters")] == [
        (1e9, "parameters"), (4e8, "parameters"), (1.5e8, "parameters")]
    assert parse_quantities("He swam 400m and then 5m more.")[0].value == 400.0
    assert [(q.value, q.unit) for q in parse_quantities("It runs on a 16 x 3090 setup.")] == [(16.0, "accelerators")]
    assert parse_quantities("The screen is 1920 x 1080 pixels.") == []
    area = parse_quantities("The campus spans nearly 4 million square feet.")[0]
    assert (area.surface, area.unit) == ("4 million square feet", "m2")


def test_a_bound_written_after_a_memory_size() -> None:
    """'32GB+ RAM' is at least 32 GB; '5G+ networks' names a network, not a figure."""
    memory = parse_quantities("Models run on hardware with 32GB+ RAM.")[0]
    assert (memory.value, memory.unit, memory.bound) == (32e9, "bytes", ">=")
    assert parse_quantities("It runs on 5G+ networks.") == []


def test_lower_case_sizes_in_lists_and_bounds_at_the_end_of_a_sentence() -> None:
    """'160m, 410m and 1b models' are three sizes; '400m and 5m' alone are metres; '16GB+.' keeps its bound."""
    assert [(q.value, q.unit) for q in parse_quantities("We trained 160m, 410m and 1b models on the Pile.")] == [
        (1.6e8, "parameters"), (4.1e8, "parameters"), (1e9, "parameters")]
    assert [q.unit for q in parse_quantities("He ran 400m and then 5m more.")] == ["m", "m"]
    memory = parse_quantities("Run it with 16GB+.")[0]
    assert (memory.value, memory.bound) == (16e9, ">=")


def test_frame_rates_bit_rates_chips_after_a_vendor_and_gpu_servers() -> None:
    """'38 FPS' in capitals, '44.1 KHz' and '8 kbps' are units; 'four NVidia A100' and '8x Nvidia Titan Xp' count
    cards; '256 GPU servers' counts servers, while 'an 8 GPU server' still holds eight GPUs."""
    assert [(q.value, q.unit) for q in parse_quantities("The fastest model runs at around 38 FPS.")] == [(38.0, "frames/s")]
    assert [(q.value, q.unit) for q in parse_quantities("It compresses 44.1 KHz audio at a low 8 kbps bitrate.")] == [
        (44100.0, "Hz"), (8000.0, "bit/s")]
    assert [(q.value, q.unit) for q in parse_quantities("This took a while on four NVidia A100.")] == [(4.0, "accelerators")]
    assert [(q.value, q.unit) for q in parse_quantities("We use 8x Nvidia Titan Xp to train the model.")] == [(8.0, "accelerators")]
    assert [(q.value, q.unit) for q in parse_quantities("The 256 GPU servers cost $51 million.")] == [(256.0, "servers"), (5.1e7, "USD")]


def test_spaced_scale_letters_compound_durations_and_flop_spellings() -> None:
    """'46 M parameters' is 46 million; '3 minutes and 32 seconds' is one duration; '$66.7\\%$' is a LaTeX percentage,
    not dollars; '442 Pflop/s', '380 INT8 TOPS' and '190 FP16/BF16 TFLOPS' are rates of computing; '30FPS' is a frame rate."""
    assert [(q.value, q.unit) for q in parse_quantities("It has 46 M parameters by default and up to 3 B parameters.")] == [
        (4.6e7, "parameters"), (3e9, "parameters")]
    load = parse_quantities("Loading took 3 minutes and 32 seconds on a laptop.")
    assert [(q.surface, q.value) for q in load] == [("3 minutes and 32 seconds", 212.0)]
    assert [q.value for q in parse_quantities("It ran for 5 days and 10 days.")] == [432000.0, 864000.0]
    assert [(q.value, q.unit) for q in parse_quantities("Vectors are reduced by $66.7\\%$ in total.")] == [(66.7, "percent")]
    assert [(q.value, q.unit) for q in parse_quantities("Corvid reached 442 Pflop/s on HPL.")] == [(4.42e17, "FLOP/s")]
    rates = parse_quantities("Each core delivers 380 INT8 TOPS and 190 FP16/BF16/TF32 TFLOPS.")
    assert [(q.value, q.unit) for q in rates] == [(3.8e14, "FLOP/s"), (1.9e14, "FLOP/s")]
    assert [(q.value, q.unit) for q in parse_quantities("The avatar renders at 30FPS.")] == [(30.0, "frames/s")]


def test_spelled_out_ranges_give_both_ends_the_unit_and_scale() -> None:
    """'two to five years' runs from two years, not two seconds; 'between two and three million users' from two
    million."""
    years = parse_quantities("Budgets grow over the next two to five years.")[0]
    assert (years.value, years.value_high, years.unit) == (2 * 31557600.0, 5 * 31557600.0, "seconds")
    users = parse_quantities("It has between two and three million users.")[0]
    assert (users.value, users.value_high, users.unit) == (2e6, 3e6, "users")


def test_seconds_written_against_the_digits_and_expert_products() -> None:
    """'p50 2.4s' is 2.4 seconds, but '1000s of LLMs' is a count and 'the 1990s' and 'iPhone 4s' no figure; 'a 16x3.8B parameter
    model' is sixteen experts of 3.8B, 60.8B in all, while 'Corvid 8x7B' is a model's name."""
    assert [(q.value, q.unit) for q in parse_quantities("Runpod: p50 2.4s, p99 2.8s")] == [(2.4, "seconds"), (2.8, "seconds")]
    assert [(q.value, q.unit) for q in parse_quantities("It scales to 1000s of fine-tuned LLMs.")] == [(1000.0, "count")]
    assert parse_quantities("Prices fell in the 1990s.") == []
    assert parse_quantities("Corvid shipped the iPhone 4s and the RTX 4090s.") == []
    moe = parse_quantities("Zephyr-MoE is a 16x3.8B parameter model with 6.6B active parameters.")
    assert [(q.surface, q.value, q.unit) for q in moe] == [("16x3.8B", 6.08e10, "parameters"),
                                                           ("6.6B", 6.6e9, "parameters")]
    assert all(q.surface != "8x7B" for q in parse_quantities("Corvid 8x7B parameters were released."))


def test_australian_style_dollars() -> None:
    """'$US80 billion ($A129 billion)': the US and Australian dollars as Australian papers write them."""
    found = parse_quantities("Zephyr plans to invest around $US80 billion ($A129 billion) in data centres.")
    assert [(q.value, q.unit) for q in found] == [(8e10, "USD"), (1.29e11, "AUD")]


def test_scale_suffixes_with_a_capital() -> None:
    """'1.3Bn', '10Bn tokens', '$2.5Bn' and '3.4Mn' are written with a capital, as British and Indian outlets do."""
    assert [(q.value, q.unit) for q in parse_quantities("trained at the 360M and 1.3Bn parameter scales")] == [
        (360e6, "parameters"), (1.3e9, "parameters")]
    assert [(q.value, q.unit) for q in parse_quantities("the same 10Bn tokens")] == [(10e9, "tokens")]
    assert [(q.value, q.unit) for q in parse_quantities("raised $2.5Bn and $1.2Tn")] == [(2.5e9, "USD"), (1.2e12, "USD")]


def test_zettabytes_are_bytes() -> None:
    """The world's data is counted in zettabytes ('149 zettabytes', '120 ZB'): bytes, not a bare count."""
    assert [(q.value, q.unit) for q in parse_quantities("An estimated 149 zettabytes of data were created.")] == [
        (1.49e23, "bytes")]
    assert [(q.value, q.unit) for q in parse_quantities("The 120 ZB of data created in 2023.")] == [(1.2e23, "bytes")]


def test_more_currencies_written_before_or_after_the_figure() -> None:
    """Shillings, baht, naira and their signs ('Ksh 152 billion', '48 billion baht', '₦5bn') are money, not a count."""
    assert [(q.value, q.unit) for q in parse_quantities("a five-year, Ksh 152 billion development plan")][-1] == (1.52e11, "KES")
    assert [(q.value, q.unit) for q in parse_quantities("to generate 48 billion baht in business")] == [(4.8e10, "THB")]
    assert [(q.value, q.unit) for q in parse_quantities("a ₦5bn fund and 3 billion naira in grants")] == [
        (5e9, "NGN"), (3e9, "NGN")]
    # pesos, shillings, dirhams: several countries' money; which one only a country word says
    assert [q.unit for q in parse_quantities("Tessel will spend 10 billion pesos")] == ["pesos"]
    assert [q.unit for q in parse_quantities("Tessel will spend 10 billion Mexican pesos")] == ["MXN"]


def test_a_scale_letter_set_apart_before_total_or_active_parameters() -> None:
    """'33 B total parameters', '3.14–3.28 B active parameters': the letter scales the figure; a bare '7 B' does not."""
    found = parse_quantities("With 33 B total parameters and 3.14–3.28 B active parameters per token")
    assert [(q.value, q.value_high) for q in found] == [(3.3e10, None), (3.14e9, 3.28e9)]
    assert [q.value for q in parse_quantities("we ship a 7 B model")] == [7.0]


def test_a_bare_power_of_ten() -> None:
    """'10²³ floating point operations', '10^24 FLOP' are powers of ten; '100' and a footnote mark after '10' are not."""
    assert [(q.value, q.unit) for q in parse_quantities("over 10²³ floating point operations (FLOP)")] == [(1e23, "FLOP")]
    assert [(q.value, q.unit) for q in parse_quantities("models above 10^24 FLOP")] == [(1e24, "FLOP")]
    assert [q.value for q in parse_quantities("Zephyr raised $100 million and 10² more")] == [1e8, 10.0]
    assert [(q.value, q.unit) for q in parse_quantities("about 10³⁰ FLOP")] == [(1e30, "FLOP")]  # two superscript digits
    # a power beyond a float is no figure, and it costs no other figure of the text
    values = [q.value for q in parse_quantities("Corvid raised $2 billion. Go has 10^360 games and 3x10^400 moves.")]
    assert values[:1] == [2e9] and all(math.isfinite(v) for v in values)


def test_an_events_year_before_a_counted_noun() -> None:
    """'the CES 2026 chips', 'GTC 2025 sessions': the year of an event, not 2,026 accelerators; '2048 GPUs' still counts."""
    assert parse_quantities("or wait for the CES 2026 chips to ship.") == []
    assert parse_quantities("GTC 2025 sessions were full") == []
    assert [(q.value, q.unit) for q in parse_quantities("AMD 2000 GPUs were shipped.")] == [(2000.0, "accelerators")]


def test_per_cent_written_pc() -> None:
    """'14pc of the country's electricity', 'rose 3.5pc': per cent as British papers abbreviate it."""
    assert [(q.value, q.unit) for q in parse_quantities("Data centres use around 14pc of the electricity.")] == [(14.0, "percent")]
    assert [(q.value, q.unit) for q in parse_quantities("shares rose 3.5pc")] == [(3.5, "percent")]
    assert all(q.unit != "percent" for q in parse_quantities("over 500 pc gamers and a 2 pc set"))  # computers
    found = parse_quantities("In 2024 pc shipments rose 3% to 245 million units.")
    assert [(q.value, q.value_high) for q in found] == [(3.0, None), (2.45e8, None)]  # a change, then a level


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("B200 1000W vs H100 700W TDP", [("1000W", 1000.0, "W"), ("700W", 700.0, "W")]),  # not "100 700" grouped
        ("a population of 1 000 000 people", [("1 000 000", 1e6, "people")]),
        ("they achieve 32%/26% on Verified/Lite", [("32%", 32.0, "percent"), ("26%", 26.0, "percent")]),
        ("a remarkable boost (10+% improvement)", [("10+%", 10.0, "percent")]),
        ("The startup paid EUR250 000 for the licence.", [("EUR250 000", 250000.0, "EUR")]),
    ],
)
def test_figures_side_by_side(text: str, figures: list[tuple[str, float, str]]) -> None:
    """Figures written next to a name's digits, after a slash or with a plus keep their own value and unit."""
    assert [(q.surface, q.value, q.unit) for q in parse_quantities(text)] == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Training needs at least 4x 80GB GPUs.", [("4x", 4.0, "accelerators"), ("80GB", 8e10, "bytes")]),
        ("It runs on as few as 2 NVIDIA 40GB A100s.", [("2", 2.0, "accelerators"), ("40GB", 4e10, "bytes")]),
        ("Inference needs at least `24GB` of GPU memory.", [("24GB", 2.4e10, "bytes")]),
        ("Supporting 120 programming languages;", [("120", 120.0, "programming")]),
        ("Supports 40 voices in 12 languages.", [("40", 40.0, "voices"), ("12", 12.0, "languages")]),
        ("A 104B billion parameter model", [("104B billion parameter", 1.04e11, "parameters")]),
        ("Windows 11 users can try it today.", []),
    ],
)
def test_figures_in_code_marks_lists_and_gpu_lines(text: str, figures: list[tuple[str, float, str]]) -> None:
    """GPU counts with a memory size between, sizes in code marks, a line that opens with a verb, a scale said twice."""
    assert [(q.surface, q.value, q.unit) for q in parse_quantities(text)] == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Acme released a 3B student model alongside the dataset.", [("3B", 3e9, "count")]),
        ("The team built a 3B-row tabular dataset.", [("3B", 3e9, "count")]),
        ("It was pre-trained on a 15T corpus.", [("15T", 1.5e13, "tokens")]),
        ("Boeing 737 deliveries fell 20% in March.", [("20%", 20.0, "percent")]),
    ],
)
def test_a_corpus_size_and_names_that_look_like_verbs(text: str, figures: list[tuple[str, float, str]]) -> None:
    """Only a corpus's own size is counted in tokens; a name like "Boeing 737" stays a name at the start of a line."""
    assert [(q.surface, q.value, q.unit) for q in parse_quantities(text)] == figures


def test_a_name_like_r1_is_no_rand() -> None:
    assert parse_quantities("DeepSeek R1 and R2 beat the R1 1776 release.") == []
    assert parse_quantities("It uses 3cr cells.") == []  # "cr" is crore only after rupees
    assert [q.value for q in parse_quantities("It costs 1,500 euros.")] == [1500.0]  # thousands, not a decimal comma


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("It gives a $10\\times$ speedup and a $2-3\\times$ one.", [("10\\times", 10.0, "times"), ("2-3\\times", 2.0, "times")]),
        ("It runs on a node with $8\\times$ H800 GPUs.", [("8\\times", 8.0, "accelerators")]),
        ("We train on 8$\\times$A100 GPUs.", [("8$\\times$A100", 8.0, "accelerators")]),
        ("Training ran on 512 Ascend 910B NPUs.", [("512", 512.0, "accelerators")]),
        ("The CS-3 can be configured in clusters of up to 2048 systems.", [("2048", 2048.0, "systems")]),
        ("It costs $5 per month.", [("$5 per month", 5.0, "USD/month")]),
        ("We use Nvidia 3090 GPUs with CUDA 11.", []),
        ("The model was trained on 2048 Nvidia A100 GPUs.", [("2048", 2048.0, "accelerators")]),
        ("In 2048 Nvidia chips may rule.", []),
    ],
)
def test_latex_multipliers_and_cards_after_their_maker(text: str, figures: list[tuple[str, float, str]]) -> None:
    """A multiplier written in LaTeX is no dollar sum; a card's number after its maker is its name; 2048 before
    chips is a count of them, unless a preposition makes it a year."""
    assert [(q.surface, q.value, q.unit) for q in parse_quantities(text)] == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The launch of a N100m fund in Lagos.", [("N100m", 1e8, "NGN")]),
        ("Investment approvals reached P173 billion in the Philippines.", [("P173 billion", 1.73e11, "PHP")]),
        ("Each layer has N 2 million neurons in Lagos.", [("2 million", 2e6, "neurons")]),
        ("We ran PHP 8 on four P100 GPUs in Manila.", [("four", 4.0, "accelerators")]),
        ("The fund holds N100m.", []),
        ("Indonesia's state utility PLN 5 GW of solar is planned.", [("5 GW", 5e9, "W")]),
        ("PLN 340 million will be provided.", [("PLN 340 million", 3.4e8, "PLN")]),
    ],
)
def test_naira_and_pesos_written_with_one_letter(text: str, figures: list[tuple[str, float, str]]) -> None:
    """"N" and "P" are money only glued to a sum with its scale in a text about their country; an ISO code such
    as "PLN" only before a sum with its scale."""
    assert [(q.surface, q.value, q.unit) for q in parse_quantities(text)] == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Nearly half of all sales came from data centres.", [("half", 0.5, "share")]),
        ("About a fifth of the market is held by newcomers.", [("a fifth", 0.2, "share")]),
        ("Three-quarters of respondents agreed.", [("Three-quarters", 0.75, "share")]),
        ("It runs at one-third the cost of its rival.", [("one-third", 1 / 3, "times")]),
        ("In the second half of 2024 sales rose.", []),
        ("A quarter of a century later, it returned.", []),
        ("The cluster draws 2GW+ of power.", [("2GW+", 2e9, "W")]),
        ("Each sensor uses 40 mW.", [("40 mW", 0.04, "W")]),
        ("Training took 0.5 pfs-days.", [("0.5 pfs-days", 4.32e19, "FLOP")]),
        ("An RTX 4070 Ti card and 60 chip vendors.", [("60", 60.0, "chip")]),
        ("Quality is judged on a 10-point scale, rated on a scale of 1 to 10.", []),
        ("The cluster can scale from 8 to 1,024 GPUs.", [("8 to 1,024 GPUs", 8.0, "accelerators")]),
        ("That is only half of the story, and we are a third of the way there.", []),
        ("Half of a percent of revenue went to AI.", []),
        ("The run consumed 10,000 PF-days, and the machine delivers 20 petaflops days after launch.",
         [("10,000 PF-days", 8.64e23, "FLOP"), ("20 petaflops", 2e16, "FLOP/s")]),
        ("Half the time the price is half the cost of its rival.", [("half", 0.5, "times")]),
    ],
)
def test_shares_in_words_and_small_units(text: str, figures: list[tuple[str, float, str]]) -> None:
    """"Half of", "a fifth of" are shares of a whole (a ratio to another's cost is a multiple), never a half-year;
    "2GW+" is a bound, milliwatts and petaflop/s-days are units, a card's "Ti" name and a rating scale are no figures."""
    got = [(q.surface, round(q.value, 9), q.unit) for q in parse_quantities(text)]
    assert got == [(s, round(v, 9), u) for s, v, u in figures]


@pytest.mark.parametrize(
    "text, figures",
    [
        ("It computes a token mask in about 50μs on average.", [("50μs", 5e-05, "seconds")]),
        ("Latency is 50us, and thank you from all 5 of us.", [("50us", 5e-05, "seconds"), ("5", 5.0, "count")]),
        ("Each device offers 200Mbytes of memory and a 4 Gbytes buffer.",
         [("200Mbytes", 2e8, "bytes"), ("4 Gbytes", 4e9, "bytes")]),
        ("More than 2000 global businesses said so, and it comes with over 2000 different voices.",
         [("2000", 2000.0, "businesses"), ("2000", 2000.0, "voices")]),
        ("A 36% increase over 2025 spending levels, more than 2020 levels.", [("36%", 36.0, "percent")]),
        ("Speed (54.84 tokens/sec vs Opus's 38.93) matters.",
         [("54.84 tokens/sec", 54.84, "tokens/s"), ("38.93", 38.93, "tokens/s")]),
        ("Throughput rose 1,200 → 3,400 tokens/s.", [("1,200", 1200.0, "tokens/s"), ("3,400 tokens/s", 3400.0, "tokens/s")]),
        ("Compute is roughly 5.9 times 10 to the 23 FLOPs.", [("5.9 times 10 to the 23 FLOPs", 5.9e23, "FLOP")]),
        ("A 10 to the 25 FLOP training run.", [("10 to the 25 FLOP", 1e25, "FLOP")]),
        ("It went from 10 to the 12 teams.", [("10", 10.0, "count"), ("12", 12.0, "teams")]),
        ("Sizes ranged from 10 to the 70 tokens per line.", [("10", 10.0, "count"), ("70 tokens", 70.0, "tokens")]),
        ("According to some 2023 reports, revenue was up 15% over 2023 volumes.", [("15%", 15.0, "percent")]),
        ("A 4GBytes buffer.", [("4GBytes", 4e9, "bytes")]),
        ("Runs from 10^24 to 10^25 FLOP.", [("10^24 to 10^25 FLOP", 1e24, "FLOP")]),
        ("The talks were held at Four Points by Sheraton.", []),
        ("The FP16 numbers (312 vs 989 TFLOPS) differ.", [("312", 3.12e14, "FLOP/s"), ("989 TFLOPS", 9.89e14, "FLOP/s")]),
    ],
)
def test_micro_units_bounded_counts_and_shared_units(text: str, figures: list[tuple[str, float, str]]) -> None:
    """Microseconds in either mu and "us" attached, bytes written "Mbytes", a bound on a four-digit count that is no
    year, a bare figure set against one with a unit across "vs X's" or an arrow, and powers of ten in words."""
    got = [(q.surface, round(q.value, 9), q.unit) for q in parse_quantities(text)]
    assert got == [(s, round(v, 9), u) for s, v, u in figures]


@pytest.mark.parametrize(
    "text, figures",
    [
        # a low end written in full keeps its own size: a change of level, or a range across scales
        ("The lab grew from 8,000 to 1.5 million accelerators in a year.",
         [("8,000", 8000.0, None, "accelerators"), ("1.5 million accelerators", 1.5e6, None, "accelerators")]),
        ("It serves between 8,000 and 1.5 million users.", [("8,000 and 1.5 million users", 8000.0, 1.5e6, "users")]),
        ("Acme is growing its cluster from 50,000 to more than 2 million GPUs.",
         [("50,000", 50000.0, None, "accelerators"), ("2 million GPUs", 2e6, None, "accelerators")]),
        ("Weekly users went from 400,000 to 1.2 million.", [("400,000", 4e5, None, "users"), ("1.2 million", 1.2e6, None, "users")]),
        ("It will generate between 100k and 1m tokens.", [("100k and 1m tokens", 1e5, 1e6, "tokens")]),
        ("from 8 to 15 million users", [("8 to 15 million users", 8e6, 1.5e7, "users")]),
        # but a low end below the high end's written number shares its scale
        ("It costs Rs 2,000-3,000 crore.", [("Rs 2,000-3,000 crore", 2e10, 3e10, "INR")]),
        ("It is worth between ¥1,000 and ¥2,000 billion.", [("¥1,000 and ¥2,000 billion", 1e12, 2e12, "CNY")]),
        # a scaled figure does not run down to a bare one
        ("Compare Mistral 7B to 10+ LLMs on the arena.", [("7B", 7e9, None, "count"), ("10+", 10.0, None, "count")]),
        ("Seoul pledged ₩530 billion to five local companies.",
         [("₩530 billion", 5.3e11, None, "KRW"), ("five", 5.0, None, "companies")]),
    ],
)
def test_ranges_and_changes_across_scales(text: str, figures: list[tuple[str, float, float | None, str]]) -> None:
    """A low end such as '8,000' before '1.5 million' is 8,000, not 8 billion; the bare start of a change takes the unit
    of its end whatever the scale; '1m' gives its scale to the low end; '7B to 10+' is no range."""
    got = [(q.surface, q.value, q.value_high, q.unit) for q in parse_quantities(text)]
    assert got == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        ("The site will host 10,000 or more GPUs by 2026.", [("10,000", "accelerators", ">=")]),
        ("Up to 500 or so users joined.", [("500", "users", "<=")]),
        ("They used 2,000 Nvidia chips, compared to the 16,000 or more used elsewhere.",
         [("2,000", "accelerators", "="), ("16,000", "accelerators", ">=")]),
        ("The firm bought 4 V100-GPUs and 250 CPU workers.", [("4", "accelerators", "="), ("250", "workers", "=")]),
        ("The models were trained on 142 M images.", [("142 M", "images", "=")]),
        ("The deal closed for NTD 17.14 billion.", [("NTD 17.14 billion", "TWD", "=")]),
        ("Its value reached $158 billion in seven quarters.", [("$158 billion", "USD", "="), ("seven quarters", "seconds", "=")]),
        ("Three quarters of developers use AI tools.", [("Three quarters", "share", "=")]),
        ("Revenue fell for two quarters in a row.", [("two quarters", "seconds", "=")]),
        ("Revenue has grown over the past three quarters.", [("three quarters", "seconds", "=")]),
        ("It holds three-quarters of the market.", [("three-quarters", "share", "=")]),
        ("Two quarters ago, three quarters say, sales fell.", [("Two quarters", "seconds", "="), ("three quarters", "count", "=")]),
        ("Two-thirds say it helps.", [("Two-thirds", "count", "=")]),
        ("Over three quarters said yes.", [("three quarters", "count", ">")]),
        ("The act set aside $11 billion or so for research.", [("$11 billion", "USD", "~")]),
        ("A dozen or so chips were made.", [("A dozen", "count", "~")]),
    ],
)
def test_counted_nouns_after_bounds_hyphens_and_spaced_scales(text: str, figures: list[tuple[str, str, str]]) -> None:
    """The noun after 'or more' is what is counted, a chip named with '-GPUs' is counted, a spaced 'M' before images is
    a million, NTD is Taiwan's dollar, 'seven quarters' and 'two quarters in a row' are spans of time while 'three
    quarters of' is a share, and 'or so' after a figure makes it approximate."""
    assert [(q.surface, q.unit, q.bound) for q in parse_quantities(text)] == figures


@pytest.mark.parametrize(
    "text, surfaces",
    [
        ("[05/2025] We release a family of models.", []),
        ("Update 2/2023: the library supports adapters.", []),
        ("It runs on A100/A800/3090 cards.", []),
        ("The team won 7/10 games.", ["7/10"]),
        ("Zocks raised $45 million and Project Eleven landed $20 million.", ["$45 million", "$20 million"]),
        ("Meta Hires Five Engineers", ["Five"]),
        ("Microsoft Deal Revives Three Mile Island Nuclear Plant", []),
        ("The error rate is 1/2048.", ["1/2048"]),
        ("Meta hired Five engineers.", ["Five"]),
    ],
)
def test_dates_chip_lists_and_names_are_no_fractions_or_counts(text: str, surfaces: list[str]) -> None:
    """A month and year written '05/2025' and a slash list of chips are no fractions; a capitalised number after a
    capitalised word ends a name, except in a headline written in title case."""
    assert [q.surface for q in parse_quantities(text)] == surfaces


def test_a_small_word_glued_to_a_figure_is_read_apart() -> None:
    """'its80GB', 'and3.35 TB/s', 'about$5 million': a space lost where markup was stripped; offsets stay the text's."""
    text = "Each H100, with its80GB of memory and3.35 TB/s of bandwidth, costs about$5 million; Proto1 and Llama3 are names."
    got = [(q.surface, q.unit, q.bound) for q in parse_quantities(text)]
    assert got == [("80GB", "bytes", "="), ("3.35 TB/s", "bytes/s", "="), ("$5 million", "USD", "~")]
    assert all(text[q.start : q.end] == q.surface for q in parse_quantities(text))


def test_a_decimal_comma_before_a_multiplier() -> None:
    """'4,4x lower TTFT' is 4.4 times, written with a decimal comma; '1,250x' keeps its thousands."""
    assert [(q.surface, q.value) for q in parse_quantities("A 5x shorter TPOT and 4,4x lower TTFT.")] == [("5x", 5.0), ("4,4x", 4.4)]
    assert [q.value for q in parse_quantities("It is 1,250x faster.")] == [1250.0]


@pytest.mark.parametrize(
    "text",
    [
        "PS: 100k H100’s is the cluster size.",
        "We trained on 64 H800 - see the blog.",
        "We offer access to 100 NVIDIA 80G A100 GPUs.",
        "It will house at least 1 million graphic processing units (GPUs).",
        "The campus is projected at 5.2 million H100-equivalents by 2027.",
        "It links up to 192 Cerebras CS-2 systems.",
        "The supercomputer is comprised of 16 CS-2 wafer scale systems.",
    ],
)
def test_chips_counted_in_more_spellings(text: str) -> None:
    """A chip written with an apostrophe plural, before a dash, after a memory size in 'G', as 'graphic processing units',
    as 'H100-equivalents', or as Cerebras systems is counted as accelerators."""
    assert [q.unit for q in parse_quantities(text)] == ["accelerators"]


def test_systems_of_other_chips_are_not_chips() -> None:
    """A DGX-style system holds several chips: '4 Nvidia H100 systems' counts systems, not chips."""
    assert [q.unit for q in parse_quantities("They bought 4 Nvidia H100 systems.")] != ["accelerators"]


def test_a_bare_figure_beside_the_only_chips_in_its_sentence_counts_chips() -> None:
    """'38,000 GPUs ... its original goal of 10,000': written in full, in a sentence counting nothing but chips, the
    bare figure counts chips; not across a sentence break, and not where users are counted too."""
    text = "India has secured 38,000 GPUs under its mission, more than three times its original goal of 10,000, in a move."
    assert [q.unit for q in parse_quantities(text)] == ["accelerators", "times", "accelerators"]
    assert [q.unit for q in parse_quantities("It has 34,000 GPUs and 12,000 users, plus 5,000 in May.")][-1] == "count"
    assert [q.unit for q in parse_quantities("It has 34,000 GPUs. Sales were 10,000 in May.")][-1] == "count"
    assert [q.unit for q in parse_quantities("Nvidia shipped 100,000 GPUs to the plant, which employs 4,500 in Taiwan.")][-1] == "count"


def test_sums_and_counts_in_the_wire_styles_of_a_review() -> None:
    """Found by a review with sentences of its own: a range of two sums each with its scale, "m" for million where the
    passage counts in millions (never "a 100m sprint"), Indian digit grouping, a footnote mark after a scale word, and
    the second figure of a comparison in the first one's currency."""
    def read(text: str) -> list[tuple[float, float | None, str]]:
        return [(q.value, q.value_high, q.unit) for q in parse_quantities(text)]
    assert read("Revenue came in at $3.7bn–$4.0bn for the year.") == [(3.7e9, 4.0e9, "USD")]
    assert read("Guidance was raised to $3.7 billion-$4.0 billion.") == [(3.7e9, 4.0e9, "USD")]
    assert read("Tessel expects revenue of €1m–€2m this year.") == [(1e6, 2e6, "EUR")]
    assert read("Orbit has 400m monthly users, up from 350m.") == [(4e8, None, "users"), (3.5e8, None, "users")]
    assert read("Downloads rose to 5m from 2m.") == [(5e6, None, "downloads"), (2e6, None, "downloads")]
    assert read("The tower is 300m tall.") == [(300.0, None, "m")]
    assert read("He ran the 100m in 9.8 seconds.")[0] == (100.0, None, "m")
    assert read("The ministry set aside ₹1,00,000 crore for research.") == [(1e12, None, "INR")]
    assert read("Tessel raised Rs 10,00,000 from angels.") == [(1e6, None, "INR")]
    assert read("Revenue reached $3.4 billion¹ in 2024.") == [(3.4e9, None, "USD")]
    assert read("It was trained on 15 trillion⁴ tokens.") == [(1.5e13, None, "tokens")]
    assert read("It used 10²³ FLOP.") == [(1e23, None, "FLOP")]  # a power of ten, not a footnote
    assert read("The valuation jumped to $61.5 billion, up from 18.4 billion in 2024.")[1] == (1.84e10, None, "USD")
    assert read("Operating profit rose to 2.1 billion euros from 1.4 billion.")[1] == (1.4e9, None, "EUR")
    assert read("Sales reached ¥2 trillion, versus 1.5 trillion last year.")[1] == (1.5e12, None, "CNY")
    assert read("Revenue hit $5 billion, up from 300.")[1][2] != "USD"  # a sum does not lend its currency to a bare count


def test_a_point_in_time_is_no_rate() -> None:
    """'$18.1 billion a year ago' is a sum a year back, not $18.1 billion per year; '$5 billion a year' is a rate."""
    assert [q.unit for q in parse_quantities("Revenue was $35.1 billion, against $18.1 billion a year ago.")] == ["USD", "USD"]
    assert [q.unit for q in parse_quantities("Revenue rose to $2.1 billion from $1.4 billion a year earlier.")] == ["USD", "USD"]
    assert [q.unit for q in parse_quantities("It earns $5 billion a year.")] == ["USD/year"]


@pytest.mark.parametrize(
    "text",
    [
        "Reach the Pune office at +91 98765 43210.",
        "Call +44 7700 900123 for details.",
        "For support, dial 1-800-555-0147 or email the team.",
        "Key findings: (1) costs fell; (2) usage grew; (3) margins improved.",
        "The model was released in Sept. '24.",
        "The summit runs 10–12 June 2025 in Lyon.",
        "The 5G rollout enabled 4K streaming.",
        "Phones with 4G/5G support.",
    ],
)
def test_more_numbers_that_are_not_quantities(text: str) -> None:
    """Mobile and toll-free phone numbers, items numbered inside a line, short years, a span of days before its month,
    a network generation and a screen resolution."""
    assert parse_quantities(text) == []


def test_numbered_steps_inside_a_line_keep_their_figures() -> None:
    """'1. Install it. 2. Run it. 3. Evaluate on 500 samples.': the step numbers go, the sample count stays; '3G VRAM' is
    memory, not a network."""
    assert [q.value for q in parse_quantities("1. Install the package. 2. Run the script. 3. Evaluate on 500 samples.")] == [500.0]
    assert [q.unit for q in parse_quantities("3G VRAM is enough to run it.")] == ["bytes"]


def test_a_score_after_its_benchmark_is_no_version() -> None:
    """'MMLU 88.7, GPQA 53.6': a known benchmark then a score with two digits before its point; 'SQuAD 2.0' stays a
    version, 'Llama 3.1' a name."""
    assert [q.value for q in parse_quantities("The model scores MMLU 88.7, GPQA 53.6 and MATH 76.6.")] == [88.7, 53.6, 76.6]
    assert parse_quantities("It was tested on SQuAD 2.0 and Llama 3.1.") == []


def test_climbing_past_a_figure_bounds_it() -> None:
    assert one("Its revenue climbed past $150 million.")[3] == ">"
    assert one("It crossed $100 million in ARR.")[3] == ">"
    assert [q.bound for q in parse_quantities("In the past five years it earned $3 billion in total.")] == ["=", "="]


def test_n_in_m_is_a_share() -> None:
    """'one in five companies', 'three out of four', 'nine in ten developers' are shares of a whole; a span of time or a
    count of games after them is not ('5 in 10 years', '3 in 5 games')."""
    def shares(text: str) -> list[tuple[str, float]]:
        return [(q.surface, round(q.value, 3)) for q in parse_quantities(text) if q.unit == "share"]
    assert shares("One in five companies has deployed an AI agent.") == [("One in five", 0.2)]
    assert shares("Of those, three out of four report positive results.") == [("three out of four", 0.75)]
    assert shares("Nearly nine in ten developers use an assistant.") == [("nine in ten", 0.9)]
    assert shares("It led in 26 out of 27 categories.") == []  # in digits, two counts as annotated
    assert shares("We will hire 5 in 10 years.") == []
    assert shares("The team won 3 in 5 games.") == []
    assert shares("Scores rose from 5 in 2023 to 9.") == []


def test_review_of_the_new_readings_keeps_them_narrow() -> None:
    """A review of the readings above: "m" beside a sum in dollars, after a length's word or before a unit's mark stays
    metres; a comma list of batch sizes is no Indian number; words that merely open like a month ("10-12 markets")
    end no span of days; "8K videos" counts videos; a rate keeps its hour "before volume discounts"; "88 vs. 72." is a
    figure, not an item of a list; "crosses 12 time zones" is no bound."""
    def read(text: str) -> list[tuple[float, str]]:
        return [(q.value, q.unit) for q in parse_quantities(text)]
    assert read("The $20m data centre covers 5,000m² of floor space.")[1] == (5000.0, "m2")
    assert read("The $12m lidar unit detects pedestrians at 250m.")[1] == (250.0, "m")
    assert read("Users can stand up to 3m from the sensor.") == [(3.0, "m")]
    assert read("Orbit raised $450m. Its drones fly at 120m.")[1] == (120.0, "m")
    assert 8.16e9 not in [v for v, _ in read("We measured throughput at 8,16,32,64,128 and 256 GPUs.")]
    assert [v for v, _ in read("We will hire 20-30 junior engineers and launch in 10-12 markets.")] == [20.0, 10.0]
    assert read("The benchmark comprises 8K videos.") == [(8000.0, "videos")]
    assert read("Lambda rents H100s for $2.49 an hour before volume discounts.") == [(2.49, "USD/hour")]
    assert [v for v, _ in read("Zephyr-4 scored 88 vs. 72. The gap narrowed.")] == [88.0, 72.0]
    assert [q.bound for q in parse_quantities("It crosses 12 time zones.")] == ["="]
    assert parse_quantities("5G subscriptions passed the billion mark.") == []


def test_yen_rate_denominators_and_spans_of_years() -> None:
    """'¥' in a story about Japan is yen; 'per 1M input tokens' is what a price is quoted for, no figure of its own;
    '$2 billion over four years' spreads a sum over four years, not more than four."""
    assert [q.unit for q in parse_quantities("Sakana AI raised ¥20 billion from Japanese banks.")] == ["JPY"]
    assert [q.unit for q in parse_quantities("Baidu raised ¥20 billion.")] == ["CNY"]
    assert [q.surface for q in parse_quantities("Zephyr-4 mini is priced at $0.40 per 1M input tokens.")] == ["$0.40"]
    assert [q.value for q in parse_quantities("It reads a 1M token context.")] == [1e6]
    assert [q.bound for q in parse_quantities("The team will spend $2 billion over four years.")] == ["=", "="]
    assert [q.bound for q in parse_quantities("It took over four years to build.")] == [">"]


def test_review_of_the_last_readings_keeps_them_narrow() -> None:
    """A review of versions 36-38: "a year before." is a point in time, "an hour before volume discounts" a rate; a
    rank or a star rating is no share; "¥" in a story about China stays yuan though Japan is named; "for over three
    years" after a count stays more than three."""
    assert [q.unit for q in parse_quantities("Revenue was $1.3 billion, against $500 million a year before.")] == ["USD", "USD"]
    assert [q.unit for q in parse_quantities("It rents H100s for $2.49 an hour before volume discounts.")] == ["USD/hour"]
    assert not any(q.unit == "share" for q in parse_quantities("Zephyr placed number one in five countries' app stores."))
    assert not any(q.unit == "share" for q in parse_quantities("Users rated the app four out of five stars."))
    assert [q.unit for q in parse_quantities("Orbit's revenue rose to ¥33.7 billion as Chinese firms race Japanese rivals.")] \
        == ["CNY"]
    assert [q.bound for q in parse_quantities("The startup, which has 200 employees, has run for over three years.")] == ["=", ">"]


def test_ellipsis_footnotes_and_a_unit_of_time() -> None:
    """'will add 10,000 more.' counts the chips named before; '10,000 more GPUs' is chips; a footnote glued to a
    counted noun ('GPUs1') is no part of it; 'in under a second' and 'half a second' are times, never 'a second
    round' or 'a minute detail'."""
    assert [q.unit for q in parse_quantities("Tessel has 34,000 GPUs and will add 10,000 more.")] == ["accelerators"] * 2
    assert [q.unit for q in parse_quantities("Tessel has 34,000 GPUs and will add 10,000 more GPUs.")] == ["accelerators"] * 2
    assert [q.unit for q in parse_quantities("Tessel has 2,000 GPUs and hired 1,000 more engineers.")] == ["accelerators", "count"]
    assert [(q.surface, q.unit) for q in parse_quantities("Corvid grew its cluster to 340,000 GPUs1.")] == \
        [("340,000 GPUs", "accelerators")]
    assert [(q.value, q.unit, q.bound) for q in parse_quantities("Orbit answers in under a second on a phone.")] == \
        [(1.0, "seconds", "<")]
    assert [(q.value, q.unit) for q in parse_quantities("The first token arrives in about half a second.")] == \
        [(0.5, "seconds")]
    assert [q.value for q in parse_quantities("It can produce up to a minute of audio.")] == [60.0]
    assert parse_quantities("Zephyr raised a second round in a minute detail.") == []
    assert parse_quantities("It took less than a second look to see the flaw.") == []


def test_nordic_and_swiss_money() -> None:
    """Money named in words outside the claim vocabulary keeps its own code: francs, kronor, kroner, zloty, roubles."""
    assert [q.unit for q in parse_quantities("Tessel won a grant of 2.4 million Swiss francs.")] == ["CHF"]
    assert [q.unit for q in parse_quantities("Orbit raised 9.1 billion Swedish crowns.")] == ["SEK"]
    assert [q.unit for q in parse_quantities("Corvid put 2 billion Norwegian kroner into the fund.")] == ["NOK"]
    assert [q.unit for q in parse_quantities("It cost 3 million Danish kroner.")] == ["DKK"]


def test_fractions_as_multiples_areas_and_latex_powers() -> None:
    """"one-third that of", "a fifth as much as" are multiples of another's; "814 mm²" is an area; LaTeX writes
    "$1.3\\times10^{9}$" for 1.3e9 and "$\\sim$" for about."""
    assert [(q.value, q.unit) for q in parse_quantities("Latency is one-third that of the previous version.")] == \
        [(pytest.approx(1 / 3), "times")]
    assert [(q.value, q.unit) for q in parse_quantities("It costs a fifth as much as Zephyr-4.")] == [(0.2, "times")]
    assert [(q.value, q.unit) for q in parse_quantities("The die measures 814 mm².")] == [(pytest.approx(8.14e-4), "m2")]
    assert [(q.value, q.unit, q.bound) for q in parse_quantities(
        r"We train a model with $1.3\times10^{9}$ parameters on $\sim$2.1M samples.")] == \
        [(1.3e9, "parameters", "="), (2.1e6, "samples", "~")]


def test_a_bound_carries_over_or() -> None:
    """"up to €35 million or 7% of turnover": the second figure of an either-or has the first one's bound; a figure
    after "or" with its own bound word keeps it, and "5 or 6" with no bound stays exact."""
    assert [q.bound for q in parse_quantities("Fines can reach up to €35 million or 7% of global turnover.")] == ["<=", "<="]
    assert [q.bound for q in parse_quantities("Each token is about 4 characters or 0.75 words.")] == ["~", "~"]
    assert [q.bound for q in parse_quantities("The team has 5 or 6 people.")] == ["=", "="]
    assert [q.bound for q in parse_quantities("It uses up to 5 GPUs or at least 40 CPUs.")] == ["<=", ">="]


def test_first_day_of_a_span_of_dates() -> None:
    """"from 15 to 17 October", "between 3 and 5 March": days of a month, not figures."""
    assert parse_quantities("The summit runs from 15 to 17 October in Delhi.") == []
    assert parse_quantities("It was held between 3 and 5 March 2025.") == []
    assert [q.value for q in parse_quantities("It grew from 15 to 17 million users in March.")] == [1.5e7]
