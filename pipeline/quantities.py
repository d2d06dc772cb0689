"""Find the numbers a reader would call quantities in text, normalised to base units.

Pure and rule based so it can run over every sentence of every article: it is the cheap first pass
that decides which sentences deserve the full parser. Dates, years, version numbers, model names,
ordinals, list numbers, phone numbers and citations are recognised and skipped.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from pipeline.entities import lookup_entity
from pipeline.models import Quantity
from pipeline.regex_gate import gated

MAX_DIGITS = 40  # longer digit runs are identifiers or noise, not quantities

# --------------------------------------------------------------------------------------------
# Vocabularies
# --------------------------------------------------------------------------------------------

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_SCALE_WORDS = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "quintillion": 1e18,
    "quadrillion": 1e15, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}
_FRACTION_WORDS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}
_MULTIPLIER_STEMS = (("tw", 2.0), ("doubl", 2.0), ("tripl", 3.0), ("quadrupl", 4.0), ("halv", 0.5))


def _multiplier_value(word: str) -> float:
    """'twice', 'doubled' -> 2, 'tripling' -> 3: the factor a multiplier word names."""
    lower = word.lower()
    return next(v for stem, v in _MULTIPLIER_STEMS if lower.startswith(stem))


_VULGAR = {
    "½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6,
    "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875,
}
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")

# Scale written after a figure: "1.5 million", "2.5bn", "7B", "1.5k", "Rs 76,000 crore".
_SCALE_AFTER = [
    (r"[ \u00a0]?(?:hundred)\b", 1e2),
    (r"[ \u00a0]?(?:thousand)\b", 1e3),
    (r"[ \u00a0]?(?:million|mln|mn)\b", 1e6),
    (r"[ \u00a0]?(?:billion|bn|bln)\b", 1e9),
    (r"[ \u00a0]?(?:trillion|tn|trn)\b", 1e12),
    (r"[ \u00a0]?(?:quadrillion)\b", 1e15),
    (r"[ \u00a0]?(?:quintillion)\b", 1e18),
    (r"[ \u00a0]?(?:lakhs?)\b", 1e5),
    (r"[ \u00a0]?(?:crores?)\b", 1e7),
    (r"[kK](?![a-zA-Z])", 1e3),
    (r"M(?![a-zA-Z])", 1e6),
    (r"B(?![a-zA-Z])", 1e9),
    (r"b(?=n?\b)(?![a-zA-Z])", 1e9),
    (r"t(?=[ \u00a0]+tokens?\b)", 1e12),  # "100t tokens": trillion (a bare "5t" is tonnes)
    (r"T(?![a-zA-Z])", 1e12),
    # "46 M parameters", "3 B parameters", "33 B total parameters": a scale letter set apart before what it counts
    *[((rf"(?:[ \u00a0]){letter}(?=[ \u00a0]+(?:(?:total|active|activated|trainable|training|text|visual)[ \u00a0]+)?"
        r"(?:parameters|params|tokens|images|videos|samples|examples|steps|documents|pairs|users|downloads|words)\b)"), factor)
      for letter, factor in (("K", 1e3), ("M", 1e6), ("B", 1e9), ("T", 1e12))],
]
_SCALE_AFTER_RE = [(re.compile(p, re.IGNORECASE if p.startswith("[ ") else 0), f) for p, f in _SCALE_AFTER]
_LOWER_M_RE = re.compile(r"m(?![a-zA-Z])")  # "$5m": million only after a currency
_HYPHEN_SCALE_RE = re.compile(r"-(thousand|million|billion|trillion|lakh|crore)(?=[- \u00a0][a-z])", re.IGNORECASE)
_HYPHEN_SCALE_END_RE = re.compile(r"-(thousand|million|billion|trillion|lakh|crore)\b(?![-\w])", re.IGNORECASE)  # a sum's style
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u223c": "~", "\uff5e": "~"})  # hyphens as "-", tildes as "~"
# "18.6B∼31.3B", "4x~8x", "2 ~ 20x": a range, written as in Chinese text
# "$3.4 billion¹", "15 trillion⁴ tokens": a footnote mark after a scale word (not "10²³" or "m²")
_FOOTNOTE_AFTER_SCALE_RE = re.compile(r"(?:(?<=illion)|(?<=\d[bmt]n)|(?<=\d[KMBT]))[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
# "340,000 GPUs1.", "1.2 billion users[^3]" with the mark glued on: a footnote after a counted noun, not part of it
_FOOTNOTE_AFTER_NOUN_RE = re.compile(
    r"\b((?:GPU|TPU|NPU|chip|accelerator|token|parameter|user|download|subscriber|customer)s)(\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)(?=[\s.,;:)\]]|$)")
_TILDE_RANGE_RE = re.compile(r"(?<=\d[KMBTx×])~(?=\d)|(?<=\d)~(?=\d)|(?<=\d )~(?= \d)")

# Currency written before the figure; longest first.
# ISO codes that are money only before a sum with its scale word ("PLN 340 million", not "PLN 5 GW" for Indonesia's utility)
_SCALED_CODES = ("PLN", "SEK", "NOK", "DKK", "CZK", "HUF", "MXN", "BRL", "AUD", "HKD", "TWD", "NZD", "EGP", "QAR", "VND", "MYR", "RUB")
_CURRENCY_PREFIX = [
    ("US$", "USD"), ("USD", "USD"), ("U.S.$", "USD"), ("HK$", "HKD"), ("AU$", "AUD"), ("A$", "AUD"), ("C$", "CAD"),
    ("S$", "SGD"), ("NZ$", "NZD"), ("R$", "BRL"), ("$", "USD"), ("€", "EUR"), ("EUR", "EUR"),
    ("£", "GBP"), ("GBP", "GBP"), ("¥", "CNY"), ("RMB", "CNY"), ("CNY", "CNY"), ("JPY", "JPY"),
    ("₹", "INR"), ("INR", "INR"), ("Rs.", "INR"), ("Rs", "INR"), ("₩", "KRW"), ("KRW", "KRW"),
    ("CHF", "CHF"), ("NT$", "TWD"), ("NTD", "TWD"), ("RM", "MYR"), ("$US", "USD"), ("$A", "AUD"),  # "$US80 billion ($A129 billion)"
    ("KSh", "KES"), ("Ksh", "KES"), ("KES", "KES"), ("₦", "NGN"), ("NGN", "NGN"), ("฿", "THB"), ("THB", "THB"),
    ("R", "ZAR"), ("ZAR", "ZAR"), ("AED", "AED"), ("SAR", "SAR"), ("Rp", "IDR"), ("IDR", "IDR"), ("₺", "TRY"), ("₱", "PHP"),  # "Ksh 152 billion"
    ("PHP", "PHP"), ("P", "PHP"), ("N", "NGN"),  # only as a sum where the text speaks of the country: see _letter_sum
    *((code, code) for code in _SCALED_CODES),  # "PLN 340 million": only before a sum with its scale
]
# a one-letter (or ambiguous) currency stands for money only beside its country: "N100m fund in Lagos", "P173 billion"
# of Philippine investment approvals; "PHP 8", "P100 GPUs" and "N 5 experts" are no money
_LETTER_CURRENCY_PLACES = {
    "N": re.compile(r"\b(?:Nigeria|Nigerians?|naira|Lagos|Abuja)\b"),
    "P": re.compile(r"\b(?:Philippines?|Filipinos?|pesos?|Manila|Cebu)\b"),
    "PHP": re.compile(r"\b(?:Philippines?|Filipinos?|pesos?|Manila|Cebu)\b"),
}
_CURRENCY_PREFIX_RE = re.compile(
    r"(?<![A-Za-z])(?:" + "|".join(re.escape(p) for p, _ in sorted(_CURRENCY_PREFIX, key=lambda c: -len(c[0]))) + r")[ \u00a0]?$"
)
_CURRENCY_CODES = dict(_CURRENCY_PREFIX)
CURRENCIES = frozenset(_CURRENCY_CODES.values())  # every currency code a figure may carry as its unit

# Units written after the figure: (pattern, unit, factor to base unit). Case-sensitive symbols
# first, then case-insensitive words. Patterns are tried in order, so longer ones come first.
_UNITS_CS: list[tuple[str, str, float]] = [
    (r"%", "percent", 1.0),
    (r"pp\b", "percentage points", 1.0),
    (r"(?:x|×|X)(?![a-zA-Z0-9])", "times", 1.0),
    (r"(?:FLOP/s|FLOPs/s)", "FLOP/s", 1.0),
    (r"(?:EFLOPS|EFLOP/s|EFlop/s|Eflop/s|EFlops|Eflops)", "FLOP/s", 1e18),
    (r"(?:PFLOPS|PFLOP/s|PFlop/s|Pflop/s|Pflops|PFlops|PFLOPs)", "FLOP/s", 1e15),  # "2.52 PFLOPs of FP8 compute": a chip's rate
    (r"(?:TFLOPS|TFLOP/s|TFlop/s|Tflop/s|Tflops|TFlops|TFLOPs)", "FLOP/s", 1e12),
    (r"(?:GFLOPS|GFLOP/s|GFlop/s|Gflop/s)", "FLOP/s", 1e9),
    (r"(?:POPS|PetaOPS)\b", "FLOP/s", 1e15), (r"(?:TOPS|TOPs|TeraOPS)\b(?![ \u00a0]*(?:/|per[ \u00a0]+)(?:W\b|watt))", "FLOP/s", 1e12),  # NPU ratings: operations a second
    (r"FLOPs?\b|FLOPS\b|flops?\b", "FLOP", 1.0),
    (r"fps\b|FPS\b", "frames/s", 1.0),
    (r"t/s\b", "tokens/s", 1.0),  # "476 t/s": in AI text, tokens; tonnes a second are written out
    (r"TWh\b", "Wh", 1e12), (r"GWh\b", "Wh", 1e9), (r"MWh\b", "Wh", 1e6), (r"kWh\b", "Wh", 1e3),
    (r"Wh\b", "Wh", 1.0),
    (r"TW\b", "W", 1e12), (r"GW\b", "W", 1e9), (r"MW\b", "W", 1e6), (r"kW\b", "W", 1e3), (r"mW\b", "W", 1e-3),
    (r"W(?=/|\b)", "W", 1.0),
    (r"TeV\b", "eV", 1e12), (r"GeV\b", "eV", 1e9), (r"MeV\b", "eV", 1e6), (r"keV\b", "eV", 1e3),
    (r"eV\b", "eV", 1.0),
    (r"GHz\b", "Hz", 1e9), (r"MHz\b", "Hz", 1e6), (r"kHz\b|KHz\b", "Hz", 1e3), (r"Hz\b", "Hz", 1.0),
    (r"s-1\b|s⁻¹", "Hz", 1.0),
    (r"ZB\b", "bytes", 1e21), (r"EB\b", "bytes", 1e18), (r"PB\b", "bytes", 1e15), (r"TB\b", "bytes", 1e12),
    (r"GB\b", "bytes", 1e9), (r"MB\b", "bytes", 1e6), (r"KB\b|kB\b", "bytes", 1e3),
    (r"TiB\b", "bytes", 2.0**40), (r"GiB\b", "bytes", 2.0**30), (r"MiB\b", "bytes", 2.0**20),
    (r"KiB\b", "bytes", 2.0**10),
    # README shorthand: "requires 42gb", "600Gb of texts" (bytes, as written and annotated); "8Gb DRAM" dies are bits
    ((r"gb\b|Gb\b(?![ \u00a0]*(?:/|per[ \u00a0]+second|(?:G|LP)?DDR\w*|HBM\w*|DRAM|NAND|die|chips?\b|Ethernet|InfiniBand|network\w*|links?\b|"
      r"ports?\b|NICs?\b))"), "bytes", 1e9),
    (r"Gb\b", "bits", 1e9),
    (r"TBps\b", "bytes/s", 1e12), (r"GBps\b", "bytes/s", 1e9),  # "2.45 TBps" of bandwidth
    (r"Tbps\b|Tb/s\b", "bit/s", 1e12), (r"Gbps\b|Gb/s\b", "bit/s", 1e9), (r"Mbps\b|Mb/s\b|Mbit/s\b", "bit/s", 1e6),
    (r"kbps\b|Kbps\b|kb/s\b|kbit/s\b", "bit/s", 1e3),  # "a low 8 kbps bitrate"
    (r"G(?=[ \u00a0]+(?:of[ \u00a0]+)?(?:storage|(?:GPU[ \u00a0]+|video[ \u00a0]+)?memory|RAM|VRAM|disk|datasets?|corpus)\b)", "bytes", 1e9),  # "33G GPU memory"
    (r"km cubed\b", "m3", 1e9), (r"km squared\b", "m2", 1e6),
    (r"km\^2|km2\b|km²", "m2", 1e6), (r"km\^3|km3\b|km³", "m3", 1e9),
    (r"mm\^2|mm2\b|mm²", "m2", 1e-6), (r"cm\^2|cm2\b|cm²", "m2", 1e-4),  # "a 814 mm² die"
    (r"m\^2|m2\b|m²", "m2", 1.0), (r"m\^3|m3\b|m³", "m3", 1.0),
    (r"km/h\b|kph\b", "m/s", 1 / 3.6), (r"mph\b", "m/s", 0.44704), (r"m/s\b", "m/s", 1.0),
    (r"km\b", "m", 1e3), (r"cm\b", "m", 1e-2), (r"mm\b", "m", 1e-3), (r"nm\b", "m", 1e-9),
    (r"µm\b|μm\b", "m", 1e-6), (r"mi\b", "m", 1609.344), (r"ft\b", "m", 0.3048),
    (r"kg\b", "kg", 1.0), (r"mg\b", "kg", 1e-6), (r"g\b", "kg", 1e-3), (r"lbs?\b", "kg", 0.45359237),
    (r"tCO(?:2|₂)e?q?\b", "tCO2e", 1.0),  # "2290 tCO2eq": tonnes of CO2 equivalent
    (r"t\b(?![ \u00a0]+tokens?\b)", "kg", 1e3),  # "5t" of steel; but "100t tokens" is 100 trillion
    (r"h\b(?!['’-])", "seconds", 3600.0),  # "takes around 18h", "8.3h for PT"
    (r"(?<=\d)pc\b(?!['’-])", "percent", 1.0),  # "around 14pc of the country's electricity" (attached; "500 pc gamers" are PCs)
    (r"ms\b", "seconds", 1e-3), (r"µs\b|μs\b", "seconds", 1e-6), (r"ns\b", "seconds", 1e-9),
    (r"(?<=\d)us\b(?!['’])", "seconds", 1e-6),  # "50us per request" (attached; "5 of us" is no unit)
    # "p50 2.4s", "0.25s per step": a decimal written against it ("1000s of LLMs", "iPhone 4s", "RTX 4090s" are not seconds)
    (r"(?:(?<=\.\d)|(?<=\.\d\d))s\b(?!['’-])", "seconds", 1.0),
    (r"mL\b|ml\b", "m3", 1e-6), (r"cl\b", "m3", 1e-5), (r"L\b", "m3", 1e-3),
    (r"°C|℃", "°C", 1.0), (r"°F|℉", "°F", 1.0), (r"° ?C\b", "°C", 1.0), (r"° ?F\b", "°F", 1.0),
    (r"mGy\b", "Gy", 1e-3), (r"Gy\b", "Gy", 1.0), (r"kJ\b", "J", 1e3), (r"MJ\b", "J", 1e6),
    (r"J\b", "J", 1.0), (r"pm\b", "m", 1e-12), (r"am\b", "m", 1e-18),
    (r"tpd\b", "kg/day", 1e3),
    (r"m\b", "m", 1.0),
]
_UNITS_CI: list[tuple[str, str, float]] = [
    (r"per[ -]?cent(?:age)? points?\b|percentage[ -]points?\b", "percentage points", 1.0),
    (r"per[ -]?cents?\b|pct\b|percents?\b", "percent", 1.0),
    (r"basis points?\b|bps\b", "percentage points", 0.01),
    (r"-?fold\b", "times", 1.0),
    (r"times (?:per|a|each|every) day\b", "times/day", 1.0),
    (r"times (?:per|a|each|every) week\b", "times/week", 1.0),
    (r"times (?:per|a|each|every) month\b", "times/month", 1.0),
    (r"times (?:per|a|each|every) year\b", "times/year", 1.0),
    (r"times\b(?!\s+(?:per|a|each|every)\b)", "times", 1.0),
    (r"tokens?[ -]?(?:(?:per|/)[ -]?(?:seconds?|sec|s)|a[ -](?:second|sec))\b|tok/s\b|tps\b", "tokens/s", 1.0),
    (r"words? (?:per|a) second\b", "words/s", 1.0),
    # "GPU-hours", "A100 GPU hours", "2000 H200-hours"
    ((r"(?:(?:[A-Z]+\d+[A-Za-z]*|GPU|TPU|accelerator|chip)[ -])*(?:GPU|TPU|accelerator|chip|[AHBLV]\d{2,3}|MI\d{3}X?|TPU ?v\d\w*)"
      r"[ -]hours?\b"), "GPU-hours", 1.0),
    (r"(?:GPU|TPU|accelerator|chip)[ -]seconds?\b", "GPU-hours", 1 / 3600),  # "9 million GPU-seconds"
    (r"(?:(?:[A-Z]+\d+[A-Za-z]*|GPU|TPU)[ -])*(?:GPU|TPU|accelerator|chip)[ -]days?\b", "GPU-hours", 24.0),  # "104 GPU-days",
    # "45,000 A100 GPU-days"
    (r"(?:GPU|TPU|accelerator|chip)[ -]weeks?\b", "GPU-hours", 168.0),
    (r"WAUs?\b", "users/week", 1.0), (r"MAUs?\b", "users/month", 1.0), (r"DAUs?\b", "users/day", 1.0),  # "800 million WAUs"
    (r"tokens?\b", "tokens", 1.0),
    (r"param(?:eter)?s?\b", "parameters", 1.0),
    (r"floating[ -]point operations (?:per|a) second\b", "FLOP/s", 1.0),
    (r"floating[ -]point operations\b", "FLOP", 1.0),  # "over 10²³ floating point operations (FLOP)"
    (r"exaflops?[ \u00a0]+per[ \u00a0]+second\b", "FLOP/s", 1e18),  # "312 teraFLOPs per second"
    (r"petaflops?[ \u00a0]+per[ \u00a0]+second\b", "FLOP/s", 1e15),
    (r"teraflops?[ \u00a0]+per[ \u00a0]+second\b", "FLOP/s", 1e12),
    (r"(?:pfs|pf(?:-?s)?|petaflop/s|petaflops?)-days?\b|(?:pfs|petaflop/s)[ \u00a0]days?\b", "FLOP", 8.64e19),  # "3,640 petaflop/s-days": a day at 1e15 FLOP/s
    (r"(?:peak[ \u00a0]+)?petaflop/s\b|(?:peak[ \u00a0]+)?petaflops?\b", "FLOP/s", 1e15),  # "83.2 peak petaflops"
    (r"exaflop/s\b|exaflops?\b", "FLOP/s", 1e18),
    (r"zettaflop/s\b|zettaflops?\b", "FLOP/s", 1e21),
    (r"teraflop/s\b|teraflops?\b", "FLOP/s", 1e12),
    (r"gigaflops?\b", "FLOP/s", 1e9),
    (r"terawatt[ -]hours?\b", "Wh", 1e12), (r"gigawatt[ -]hours?\b", "Wh", 1e9),
    (r"megawatt[ -]hours?\b", "Wh", 1e6), (r"kilowatt[ -]hours?\b", "Wh", 1e3),
    (r"watt[ -]hours?\b", "Wh", 1.0),
    (r"twh\b", "Wh", 1e12), (r"gwh\b", "Wh", 1e9), (r"mwh\b", "Wh", 1e6), (r"kwh\b", "Wh", 1e3),
    (r"horsepower\b|hp\b|bhp\b", "W", 745.699872),
    (r"frames? per second\b", "frames/s", 1.0),
    (r"terawatts?\b", "W", 1e12), (r"gigawatts?\b", "W", 1e9), (r"megawatts?\b", "W", 1e6),
    (r"kilowatts?\b", "W", 1e3), (r"watts?\b", "W", 1.0),
    ((r"(?:(?:GPU|TPU|NPU)s\b|accelerators\b|chips\b|(?:GPU|TPU|NPU|accelerator|chip)\b|graphics? processing units?\b|"
      r"(?:tensor|neural) processing units?\b|(?:GPU |graphics )cards\b)"
      r"(?![ -]+(?:servers|nodes|machines|instances|racks|boxes|pods|vendors|makers|companies|firms|start-?ups|designers|"
      r"suppliers|manufacturers|stocks|plants|factories|fabs|designs|architectures|projects|deals|providers|clouds|operators|"
      r"hosts)\b)"), "accelerators", 1.0),  # "256 GPU servers" are servers; "an 8 GPU server" has 8
    (r"(?:monthly|weekly|daily) active users\b", "users", 1.0),
    (r"users\b|user\b(?![ \u00a0-]+[a-z]+s\b)|subscribers?\b", "users", 1.0),  # "4 million user prompts" counts prompts
    (r"downloads?\b|installs?\b|installations\b", "downloads", 1.0),
    (r"(?:hong kong|hk) dollars?\b", "HKD", 1.0), (r"(?:canadian|cdn) dollars?\b", "CAD", 1.0),
    (r"australian dollars?\b", "AUD", 1.0), (r"singapore dollars?\b", "SGD", 1.0),
    (r"(?:new )?taiwan(?:ese)? dollars?\b", "TWD", 1.0), (r"new zealand dollars?\b", "NZD", 1.0),
    (r"(?:US |U\.S\. )?dollars?\b|bucks\b", "USD", 1.0),
    (r"euros?\b", "EUR", 1.0),
    (r"(?:yuan|renminbi)\b", "CNY", 1.0),
    (r"(?:japanese )?yen\b", "JPY", 1.0),
    (r"(?:south )?(?:korean )?won\b", "KRW", 1.0),
    (r"rupees?\b", "INR", 1.0), (r"(?:brazilian )?reais\b|brazilian reals?\b", "BRL", 1.0), (r"(?:(?-i:south african )|(?-i:South African ))?(?-i:rand)\b", "ZAR", 1.0),
    (r"baht\b", "THB", 1.0), (r"ringgit\b", "MYR", 1.0), (r"rupiah\b", "IDR", 1.0), (r"naira\b", "NGN", 1.0),
    (r"kenyan shillings?\b", "KES", 1.0), (r"(?:uae |emirati )dirhams?\b", "AED", 1.0), (r"saudi riyals?\b", "SAR", 1.0),
    (r"philippine pesos?\b", "PHP", 1.0), (r"mexican pesos?\b", "MXN", 1.0), (r"turkish lira\b", "TRY", 1.0),
    # several countries' money goes by these names: a currency, which one the sentence must say
    (r"shillings?\b", "shillings", 1.0), (r"dirhams?\b", "dirhams", 1.0), (r"riyals?\b", "riyals", 1.0),
    (r"pesos?\b", "pesos", 1.0), (r"lira\b", "lira", 1.0),
    # "2.4 million Swiss francs", "9.1 billion Swedish crowns": money outside the claim vocabulary, recorded as other
    (r"(?:swiss )?francs?\b", "CHF", 1.0), (r"(?:swedish )?(?:kronor|krona)\b|swedish crowns\b", "SEK", 1.0),
    (r"danish (?:kroner|krone|crowns)\b", "DKK", 1.0), (r"(?:norwegian )?(?:kroner|krone)\b|norwegian crowns\b", "NOK", 1.0),
    (r"zlot(?:y|ys|ych)\b", "PLN", 1.0), (r"(?:russian )?r(?:o)?ubles?\b", "RUB", 1.0),
    (r"pounds? sterling\b", "GBP", 1.0),
    (r"cents?\b", "USD", 0.01), (r"dimes?\b", "USD", 0.1), (r"penn(?:y|ies)\b", "USD", 0.01),
    (r"square kilomet(?:re|er)s?\b|sq\.? km\b|kilomet(?:re|er)s? squared\b", "m2", 1e6),
    (r"square[ -]miles?\b|sq\.? mi\b", "m2", 2589988.11),
    (r"square[ -]met(?:re|er)s?\b|sq\.? m\b", "m2", 1.0),
    (r"square[ -]f(?:ee|oo)t\b|sq\.? ?ft\b", "m2", 0.09290304),
    (r"hectares?\b", "m2", 1e4), (r"acres?\b", "m2", 4046.8564224),
    (r"cubic kilomet(?:re|er)s?\b|kilomet(?:re|er)s? cubed\b|km cubed\b", "m3", 1e9),
    (r"km squared\b", "m2", 1e6),
    (r"cubic met(?:re|er)s?\b", "m3", 1.0),
    (r"kilomet(?:re|er)s?\b", "m", 1e3), (r"centimet(?:re|er)s?\b", "m", 1e-2),
    (r"millimet(?:re|er)s?\b", "m", 1e-3), (r"micromet(?:re|er)s?\b|microns?\b", "m", 1e-6),
    (r"nanomet(?:re|er)s?\b", "m", 1e-9), (r"picomet(?:re|er)s?\b", "m", 1e-12),
    (r"met(?:re|er)s?\b", "m", 1.0), (r"miles?\b", "m", 1609.344),
    (r"inch(?:es)?\b", "m", 0.0254), (r"(?:feet|foot)\b", "m", 0.3048), (r"yards?\b", "m", 0.9144),
    (r"kilograms?\b|kilos?\b", "kg", 1.0), (r"grams?\b", "kg", 1e-3),
    (r"milligrams?\b", "kg", 1e-6), (r"tonnes?\b|metric tons?\b", "kg", 1e3),
    (r"tons?\b", "kg", 907.18474), (r"pounds?\b", "kg", 0.45359237), (r"ounces?\b|oz\b", "kg", 0.0283495),
    (r"litres?\b|liters?\b", "m3", 1e-3), (r"millilit(?:re|er)s?\b", "m3", 1e-6),
    (r"centilit(?:re|er)s?\b", "m3", 1e-5), (r"gallons?\b", "m3", 3.785411784e-3),
    (r"cups?\b", "m3", 2.365882365e-4), (r"tablespoons?\b|tbsp\b", "m3", 1.478676478e-5),
    (r"teaspoons?\b|tsp\b", "m3", 4.92892159e-6),
    (r"milliseconds?\b|msec\b", "seconds", 1e-3), (r"microseconds?\b", "seconds", 1e-6),
    (r"seconds?\b|secs?\b", "seconds", 1.0), (r"minutes?\b|mins?\b", "seconds", 60.0),
    (r"hours?\b|hrs?\b", "seconds", 3600.0), (r"days?\b", "seconds", 86400.0),
    (r"weeks?\b", "seconds", 604800.0), (r"months?\b", "seconds", 2629800.0),
    (r"(?:fiscal |financial |calendar )?quarters\b", "seconds", 7889400.0),  # "seven quarters": a span of a company's year
    (r"years?\b|yrs?\b", "seconds", 31557600.0), (r"decades?\b", "seconds", 315576000.0),
    (r"centur(?:y|ies)\b", "seconds", 3155760000.0),
    (r"degrees? (?:celsius|centigrade)\b", "°C", 1.0), (r"degrees? fahrenheit\b", "°F", 1.0),
    (r"kelvins?\b", "K", 1.0),
    (r"yottabytes?\b", "bytes", 1e24), (r"zettabytes?\b", "bytes", 1e21),
    (r"exabytes?\b", "bytes", 1e18), (r"petabytes?\b", "bytes", 1e15),
    (r"terabytes?\b", "bytes", 1e12), (r"gigabytes?\b", "bytes", 1e9),
    (r"megabytes?\b", "bytes", 1e6), (r"kilobytes?\b", "bytes", 1e3),
    (r"T[bB]ytes\b", "bytes", 1e12), (r"G[bB]ytes\b", "bytes", 1e9), (r"M[bB]ytes\b", "bytes", 1e6),
    (r"[kK][bB]ytes\b", "bytes", 1e3),
    (r"kibibytes?\b", "bytes", 1024.0), (r"bytes?\b", "bytes", 1.0),
    (r"terabits?\b", "bits", 1e12), (r"gigabits?\b", "bits", 1e9), (r"megabits?\b", "bits", 1e6), (r"kilobits?\b", "bits", 1e3),
    (r"bits?\b", "bits", 1.0),
    (r"gigahertz\b", "Hz", 1e9), (r"megahertz\b", "Hz", 1e6), (r"hertz\b", "Hz", 1.0),
    (r"joules?\b", "J", 1.0), (r"kilojoules?\b", "J", 1e3),
    (r"electron ?volts?\b", "eV", 1.0),
    (r"dozens?\b", "count", 12.0),
    (r"degrees?\b", "degrees", 1.0),
]
_UNITS_CS_RE = [(re.compile(p), u, f) for p, u, f in _UNITS_CS]
_UNITS_CI_RE = [(re.compile(p, re.IGNORECASE), u, f) for p, u, f in _UNITS_CI]

# what makes "a year" a point in time ("a year ago", "a year earlier", "a year before."), not a rate or a period; but
# "$2.49 an hour before volume discounts" is a rate
POINT_IN_TIME_AFTER = r"[ \u00a0]+(?:ago|earlier|later|prior|previously|back)\b|[ \u00a0]+before(?=[ \u00a0]*(?:[.,;:)]|$))"

# "per hour", "/kg": the denominator of a rate.
_RATE_RE = re.compile(
    r"[ \u00a0]?(?:/|per |an? |each |every )(?:GPU[ -](?=hours?\b|hr\b))?"  # "$2 per GPU hour": by the hour
    r"(second|sec|s|minute|min|hour|hr|h|day|week|month|year|yr|kg|kilogram|gram|g|m|metre|meter|"
    r"km|litre|liter|L|person|user|head|GPU|gpu|chip|token|MWh|kWh|query|request|image)\b"
    r"(?!" + POINT_IN_TIME_AFTER + r")"  # "$18.1 billion a year ago": a point in time, not a rate
)
_RATE_NAMES = {
    "second": "s", "sec": "s", "s": "s", "minute": "min", "min": "min", "hour": "hour",
    "hr": "hour", "h": "hour", "day": "day", "week": "week", "month": "month", "year": "year",
    "yr": "year", "kilogram": "kg", "gram": "g", "metre": "m", "meter": "m", "litre": "L",
    "liter": "L", "gpu": "GPU",
}

# Words in front of a figure that bound it.
_BOUND_BEFORE = [
    (
        (r"(?:just |well |far |slightly )?(?:more than|greater than|over|above|exceeding|in excess of|"
        r"upwards of|north of|surpassing|beyond|higher than|larger than|exceeds?|exceeded|"
        r"surpass(?:es|ed)?|top(?:s|ped)|to[ \u00a0]+top|passed|crossed|eclipsed|"
        # "climbed past $150 million" (not "in the past 5 years")
        r"(?:climbed|rose|risen|grew|grown|jumped|surged|soared|pushed|shot|raced|sailed|edged)[ \u00a0]+past)"),
        ">",
    ),
    (
        (r"(?:at least|no less than|no fewer than|a minimum of|minimum of|not less than|as little as|"
        r"as low as|as few as)"),
        ">=",
    ),
    (
        (r"(?:up to|as much as|as many as|as high as|as large as|at most|no more than|a maximum of|"
        r"maximum of|upto|not more than)"),
        "<=",
    ),
    (r"(?:just |well |slightly )?(?:less than|fewer than|under|below|lower than|shy of)", "<"),
    (
        (r"(?:about|around|approximately|approx\.|roughly|nearly|almost|approaching|close to|circa|"
        # ("an estimated $3 billion" is the estimate itself: a hedge, not a bound)
        r"some|in the region of|on the order of|ca\.|c\.)"),
        "~",
    ),
]
_BOUND_BEFORE_RE = [
    # "taking its fleet past 20,000 GPUs", "pushing its market cap past $5 trillion": more than (a bare "past 50%" is not)
    (re.compile(r"\b(?:push\w*|put(?:s|ting)?|dr(?:o|i)ve\w*|sen(?:d|ds|t|ding)|t(?:ake|akes|ook|aking)|lift\w*|balloon\w*|surg\w*|"
                r"rac\w*|scal\w*|mov\w*|propel\w*|catapult\w*|boost\w*|bring\w*|brought|carr\w*)\b(?:[ \u00a0]+[\w’'$-]+){0,5}?"
                r"[ \u00a0]+(?:just |well |far )?past[ \u00a0]+(?:the[ \u00a0]+)?$", re.IGNORECASE), ">"),
] + [
    (re.compile(r"(?:^|(?<=[\s(\"'“‘—–-]))(?:" + p + r")[ \u00a0]+(?:of[ \u00a0]+)?(?:the[ \u00a0]+)?$", re.IGNORECASE), b)
    for p, b in _BOUND_BEFORE
]
# "averaged over 3 runs", "3 epochs over 1.2 million pairs", "warming up over 2,000 steps": "over" as "across", no bound
_OVER_AS_ACROSS_RE = re.compile(r"\b(?:averag\w*|computed|measured|evaluated|aggregated|pooled|summed|epochs?|steps|iterations|"
                                r"warm(?:s|ed|ing)?[ -]?up|decay\w*|voting|spread|amortized)"
                                r"[ \u00a0]+over[ \u00a0]+(?:the[ \u00a0]+)?$", re.IGNORECASE)
# "above the $41.2 billion analysts expected", "beating the 74.5% forecast": the estimate a result is set against,
# stated exactly, not a bound
CONSENSUS_BEFORE_RE = re.compile(r"\b(?:above|below|over|under|topp(?:ed|ing)|tops?|beat(?:s|ing)?|exceed(?:ed|ing|s)?|ahead[ \u00a0]+of|"
                                 r"short[ \u00a0]+of|miss(?:ed|ing|es)?|surpass\w*)[ \u00a0]+the[ \u00a0]+(?:[\w-]+[ \u00a0]+)?$",
                                 re.IGNORECASE)
CONSENSUS_AFTER_RE = re.compile(r"[ \u00a0]+(?:[\w'’-]+[ \u00a0]+){0,2}?(?:analysts?|wall[ \u00a0]street|consensus|forecasts?|"
                                r"estimates?|expectations?|expected|anticipated|projected|predicted|guidance)\b", re.IGNORECASE)
_BOUND_SYMBOL_RE = re.compile(r"(~|≈|>=|≥|<=|≤|>|<|\+/-|±)[ \u00a0]?$")
_BOUND_SYMBOLS = {"~": "~", "≈": "~", ">=": ">=", "≥": ">=", "<=": "<=", "≤": "<=", ">": ">", "<": "<"}
_BOUND_AFTER_RE = re.compile(r"\+|[ \u00a0]or (?:more|above|greater|higher)\b|[ \u00a0]and (?:up|above)\b|[ \u00a0-]plus\b")
_BOUND_AFTER_LE_RE = re.compile(r"[ \u00a0]or (?:less|fewer|below|lower)\b")
_OR_SO_RE = re.compile(r"[ \u00a0]+or[ \u00a0]+(?:more|so|fewer|less|above|greater)(?=[ \u00a0])")

_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_MONTH_BEFORE_RE = re.compile(r"\b(?:" + _MONTHS + r")\.?[ \u00a0]+(?:\d{1,2}(?:st|nd|rd|th)?,?[ \u00a0]+)?$", re.IGNORECASE)
_MONTH_AFTER_RE = re.compile(r"^(?:st|nd|rd|th)?[ \u00a0]+(?:of[ \u00a0]+)?(?:" + _MONTHS + r")\b", re.IGNORECASE)
_DAY_RANGE_AFTER_RE = re.compile(r"(?:st|nd|rd|th)?[ \u00a0]+(?:to|and|until|through|-|–)[ \u00a0]+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?[ \u00a0]+"
                                 r"(?:of[ \u00a0]+)?(?:" + _MONTHS + r")\b", re.IGNORECASE)
_DAY_NAMES_RE = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \u00a0]+$", re.IGNORECASE)

def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Capitalised words that may stand before a figure without making it part of a name.
_FUNCTION_WORDS = _word_set(
    """
    a about above across after again against all almost along also although among an and
    another any approximately around as at because before below between beyond both but by
    circa close could despite did do does down during each either else even every except few
    for from had has have he her here hers him his how however i if in including inside into is
    it its just last least less like many may me meanwhile might more most much my near nearly
    neither next no nor not now of off on once only onto or other our out over past per perhaps
    plus rather roughly same several she should since so some such than that the their them
    then there these they this those though through thus to today together too toward towards
    under unlike until up upon us via was we were what when where whether which while who whom
    whose why will with within without would yet you your yesterday exactly precisely overall
    total totally combined altogether additional extra further top first reportedly
    """
)
_NAME_NUMBER_WORDS = _word_set(
    """
    figure fig table section chapter step phase stage level article page part item version v
    volume vol no number appendix eq equation exhibit slide lesson unit grade class room
    building route highway season episode series round lines line rows row columns column pages pp ll
    """
)
_STOP_NOUNS = _word_set(
    """
    a an the of in on at to for from by with and or but is are was were be been being has have
    had do does did will would can could may might must shall should than that this these those
    it its as per via into onto over under about around up down out off more less most least
    each every other another such only just also even very so too not no nor if then when while
    where which who whom whose what how why percent vs versus against across among within without
    between behind beyond during after before since until through throughout despite amid upon
    say says said believe believed think thought agree agreed expect expected feel felt want wanted worry worried
    last next ago previously
    """  # "Two-thirds say", "three in four believe": who answered, not what is counted; "1.5 trillion last year": when
)
_NOUN_SKIP = _word_set(
    """
    new more additional extra global total active monthly weekly daily annual yearly unique
    registered paying paid individual high-quality high quality public open large small big
    other different distinct separate such
    """
)

# --------------------------------------------------------------------------------------------
# The figure scanner
# --------------------------------------------------------------------------------------------

_WORD_NUMBER = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety|hundred|thousand|million|billion|trillion|lakh|crore)"
)
_WORD_SEQ = (
    r"(?:\b(?:half[ \u00a0]+)?an?[ \u00a0]+(?=(?:hundred|thousand|million|billion|trillion|dozen)\b))?"
    r"\b" + _WORD_NUMBER + r"\b"
    r"(?:(?:[ \u00a0-]+|,[ \u00a0]+|[ \u00a0]+and[ \u00a0]+|[ \u00a0]*&[ \u00a0]*)" + _WORD_NUMBER + r"\b)*"
    r"(?:[ \u00a0]+and[ \u00a0]+a[ \u00a0]+half\b)?"
    r"(?:[ \u00a0-]+(?:halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b)?"
)
# "a gallon", "a dozen": one of a measurement unit (time words are left out: "a day" is a period).
_A_UNIT_WORDS = (
    r"gallon|litre|liter|mile|kilomet(?:re|er)|met(?:re|er)|inch|foot|kilogram|gram|penny|cent|dime|"
    r"dollar|euro|dozen|kibibyte|kilobyte|megabyte|gigabyte|terabyte|kilowatt|megawatt|gigawatt"
)
# "in under a second", "just over half a second", "up to a minute of audio": one unit of time after a bound, never "a
# second round" or "a minute detail" (the word after the unit must not be a noun's)
_A_TIME = (
    r"(?:(?<=\bunder[ \u00a0])|(?<=\bthan[ \u00a0])|(?<=\bwithin[ \u00a0])|(?<=\bover[ \u00a0])|(?<=\babout[ \u00a0])|"
    r"(?<=\baround[ \u00a0])|(?<=\bnearly[ \u00a0])|(?<=\balmost[ \u00a0])|(?<=\bup[ \u00a0]to[ \u00a0])|(?<=\bsub-))"
    r"(?:half[ \u00a0]+)?an?(?![ \u00a0]+(?:second|millisecond|minute)[ \u00a0]+and[ \u00a0]+a[ \u00a0]+half)(?=[ \u00a0]+(?:second|millisecond|minute)(?:[ \u00a0]*(?:[,;:.)!?—–]|$)|[ \u00a0]+(?:on|per|for|to|of|in|"
    r"at|with|and|or|while|when|compared|versus|vs|from|using|after|before|than|each|across|under|even|flat)\b))"
    r"|(?:(?<=\bover[ \u00a0])|(?<=\bjust[ \u00a0])|(?<=\babout[ \u00a0])|(?<=\bunder[ \u00a0])|(?<=\bthan[ \u00a0])|(?<=\bof[ \u00a0])|"
    r"(?<=\bin[ \u00a0]))half[ \u00a0]+an?(?=[ \u00a0]+(?:second|millisecond|minute)\b(?![ \u00a0-]+(?!on\b|per\b|for\b|to\b|of\b|"
    r"in\b|at\b|with\b|and\b|or\b|than\b)[a-z]))"
)
# "oversubscribed in under a minute", "within a minute of the opening bell": a window around an event, not a task's time
_A_TIME_WINDOW_RE = re.compile(r"\b(?:oversubscribed|sold\s+out|snapped\s+up|sign(?:ed|s)?[ -]?ups?|bell|filled\s+up|booked\s+up|"
                               r"within\s+(?:half\s+)?an?\s+(?:second|minute)\s+of)\b", re.IGNORECASE)
# digits grouped by spaces ("1 000 000") start after no letter ("H100 700W" is two figures) but a currency code ("EUR250 000")
_GROUPED_START = r"(?:(?<![A-Za-z])|(?<=EUR)|(?<=USD)|(?<=GBP)|(?<=CHF)|(?<=SEK)|(?<=NOK)|(?<=DKK)|(?<=PLN)|(?<=CZK)|(?<=ZAR)|(?<=INR)|(?<=Rs))"
_DIGITS = (  # "₹1,00,000", "Rs 7,50,00,00,000", "1,00,000 crore": Indian grouping of rupees, before the western one
    r"(?:(?:(?<=₹)|(?<=₹ )|(?<=Rs)|(?<=Rs )|(?<=Rs\.)|(?<=Rs\. )|(?<=INR)|(?<=INR ))\d{1,2}(?:,\d\d)+,\d{3}(?!\d|,\d)|"
    r"(?<![\d,])\d{1,2}(?:,\d\d)+,\d{3}(?=[ \u00a0]*(?:lakh|crore))|\d{1,3},\d{1,2}(?=[ \u00a0]?(?:billion|million|trillion|bn|mn)\b|[x×](?![A-Za-z\d]))|\d{1,3}(?:,\d{3})+(?![\d])|" + _GROUPED_START + r"\d{1,2}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])|" + _GROUPED_START + r"\d{3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.]|-[A-Za-z])|\d+)(?:\.\d+)?"
    r"|\.\d+"
)
_SCI = r"(?:[eE][-+−]?\d{1,3}(?![\w]))?"
_TO_THE = r"[ \u00a0]to[ \u00a0]the[ \u00a0](?:power[ \u00a0]of[ \u00a0])?"  # "10 to the 25", "10 to the power of 23"
_X10 = (r"(?:[ \u00a0]?[×x\*·][ \u00a0]?10(?:\^|\*\*)?(?:[-−+]?\d{1,3}|[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)"
        r"|[ \u00a0]times[ \u00a0]10" + _TO_THE + r"[-−]?\d{1,2}(?!\w|\.\d))?")
# "10²³ FLOP", "10^24": a bare power of ten (from the thousands up; a smaller superscript may be a footnote mark)
_POWER_OF_TEN = (r"(?<![\d.,])10(?:(?:\^|\*\*)(?:[3-9]|[1-9]\d)(?!\d)|[¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹](?![⁰¹²³⁴⁵⁶⁷⁸⁹])|"
                 r"[³⁴⁵⁶⁷⁸⁹](?![⁰¹²³⁴⁵⁶⁷⁸⁹]))"  # up to 10^99: beyond, a float overflows
                 # "10 to the 25 FLOP", "10 to the power of 24" (not "from 10 to the 12 teams", "from 10 to the 70 tokens")
                 r"|(?<![\d.,])(?<!\bfrom )(?<!\bbetween )10[ \u00a0]to[ \u00a0]the[ \u00a0](?:power[ \u00a0]of[ \u00a0](?:[3-9]|[1-9]\d)"
                 r"(?!\w|\.\d)|(?:[3-9]|[1-9]\d)(?=[ \u00a0]+(?:FLOPs?|flops?|operations|ops|calculations|floating|parameters|"
                 r"tokens|bytes)\b))")
_NUMBER_RE = gated(re.compile(
    r"(?P<frac>(?<![\d/.])\d{1,4}/\d{1,4}(?![\d/]))"
    r"|(?P<dig>(?:" + _POWER_OF_TEN + r"|" + _DIGITS + r")" + _SCI + _X10 + r"(?:[ \u00a0]?(?P<vul1>[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]))?"
    r"(?:[ \u00a0](?P<mixed>\d{1,2}/\d{1,2})(?![\d/]))?)"
    r"|(?P<vul>[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])"
    r"|(?P<words>" + _WORD_SEQ + r")"
    r"|(?P<mult>\b(?:twice|double|triple|quadruple)\b(?=[ \u00a0]+(?:as|the|that|its|their)\b)"
    # "has doubled to 200,000", "tripling its sales", "aims to double capacity": a change by a factor
    r"|\b(?:doubl|tripl|quadrupl)(?:ed|es|ing)\b(?![ \u00a0]+down\b)|\bhalv(?:es|ed)\b|(?<=\bto )halve\b|\bhalve(?=[ \u00a0]+(?:the|its|their|our|that|this)\b)|(?:(?<=\bto )|(?<=\balmost )|(?<=\bnearly )|(?<=\bapproximately )|(?<=\broughly )|(?<=\bthan )|(?<=\babout ))"
    r"(?:double|triple|quadruple)\b(?![ \u00a0-](?:digit|down|check|count|click|as)))"
    r"|(?P<aunit>\ban?(?=[ \u00a0]+(?:" + _A_UNIT_WORDS + r")\b))"
    r"|(?P<atime>" + _A_TIME + r")"
    r"|(?P<fold>\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|(?:an?[ \u00a0]+)?(?:hundred|thousand|million))-?fold\b)",
    re.IGNORECASE,
))

# Spans that never hold quantities; numbers inside them are skipped.
_EXCLUDE_PATTERNS = [
    r"\[\d+(?:[,\u2013\u2014-][ \u00a0]?\d+)*\]",  # citations [1], [2, 3], [4-6]
    # "January 24 to 25", "Jan. 3-5": a span of days
    (
        r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \u00a0]\d{1,2}(?:st|nd|rd|th)?"
        r"(?:[ \u00a0]*(?:to|through|and|[-\u2013])[ \u00a0]*\d{1,2}(?:st|nd|rd|th)?)\b(?![\d,.]|[ \u00a0]*(?:%|percent|million|billion))"
    ),
    r"(?<![\w.])\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?(?![\w])",  # 2024-01-15, 2023/06, 2024.02.05
    r"(?<![\w.])\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?![\w])",  # 15/01/2024, 01.02.24
    r"(?<![\w.])(?:1[89]|20)\d\d[-–/](?:\d\d)(?![\d\w%])",  # 2013-14 fiscal years
    r"(?<![\w.])\d{1,2}:\d{2}(?::\d{2})?(?:[ \u00a0]?[ap]\.?m\.?)?(?![\w])",  # 10:30 pm
    r"(?<![\w.])\d{1,2}(?:\.\d{2})?[ \u00a0]?[ap]\.?m\.?(?![\w])",  # 2 pm, 2.17pm
    r"(?<![\w.])(?:(?:\+\d{1,3}|1)[ \u00a0.-]?)?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}(?![\w])",  # phone, "1-800-555-0147"
    r"(?<![\w.])\+\d{1,3}(?:[ \u00a0.-]\d{2,6}){2,5}(?![\w])",  # +44 20 7946 0000, +91 98765 43210
    r"(?<![\w.])\+\d{1,3}[ \u00a0.-]\d{4}[ \u00a0.-]\d{6}(?![\w])",  # +44 7700 900123
    # "Q1 '25", "Sept. '24", "FY'26": a quarter or month with a short year
    r"\b(?:Q[1-4]|H[12]|FY|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \u00a0]?['’‘]\d{2}\b",
    # "10–12 June 2025": a span of days before the month
    (r"(?<![\w.,])\d{1,2}[ \u00a0]*[-–][ \u00a0]*\d{1,2}[ \u00a0]+(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|"
     r"July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?(?=[ \u00a0,]*(?:\d{4}\b|$|[,.;:)]|in\b|at\b))"),
    # "5G networks", "the 5G rollout": a generation of mobile networks (but "3G VRAM" is memory)
    (r"(?<![\w.])[2-6]G(?=[ \u00a0/-]+(?:networks?|rollouts?|connectivity|phones?|smartphones?|handsets?|mobile|cellular|"
    r"signals?|coverage|spectrum|base[ \u00a0]stations?|era|technolog(?:y|ies)|services?|modems?|NR|LTE|towers?|"
    r"standards?|licen[cs]es?|subscriptions?|subscribers|chips?|chipsets?|devices|routers?|SA|NSA|FWA|[2-6]G)\b)|"
     r"(?<=/)[2-6]G\b(?![ \u00a0]*(?:[Bb]\b|RAM|VRAM|memory))"),
    # "4K streaming", "an 8K display": a screen resolution
    (r"(?<![\w.])[48]K(?=[ \u00a0-]+(?:streaming|video|resolution|display|monitor|screen|TV|footage|HDR|camera|gaming|UHD|"
     r"Ultra)\b(?![ \u00a0]+[a-z]+s\b))"),
    r"(?<![\w.])v?\d+\.\d+\.\d+(?:\.\d+)*(?![\w])",  # version 3.10.2
    r"\b(?:no|nos|No|NO|#)\.?[ \u00a0]?\d+\b",  # No. 1
    r"\b(?:booth|stand|hall|gate|room|suite|pier|aisle|pavilion)[ \u00a0]+#?\d+[A-Z]?\b",  # "visit booth 1432"
    # 1960s, '90s, "the 60s", "in their 20s to 40s", "the upper 90s"; but "from 60s to 6s" and "takes about 20s" are seconds
    (
        r"(?<![\w.])(?:1[89]|20)\d0s\b|(?<![\w.])(?<!from )(?<!about )(?<!takes )(?<!took )(?<!within )(?<!only )(?<!just )"
        r"(?<!with )(?<!after )(?<!every )['’‘]?\d0s\b|"
        r"(?<![\w.])[1-9]0{1,2}s(?=[ \u00a0]+(?:of|or)\b)|(?<![\w.])(?:1[1-9]|2\d)00s\b"  # "10s or even 100s of billions"; "the 2200s"
    ),
    r"\b(?:24/7|9/11|365/24)\b",
    r"\bon[ \u00a0]+an?[ \u00a0]+scale[ \u00a0]+(?:of|from)[ \u00a0]+\d+(?:[ \u00a0]*[-–][ \u00a0]*|[ \u00a0]+to[ \u00a0]+)\d+\b(?![ \u00a0]*[A-Za-z%$])",  # "on a scale of 1-5": a rating's range
    r"(?<![\w.])\d+[ \u00a0]*[-‑–][ \u00a0]*point[ \u00a0]+(?:rating[ \u00a0]+|likert[ \u00a0]+)?scale\b",  # "a 100-point scale"
    r"(?<![\w.])\d+(?:st|nd|rd|th)\b(?:-\w+)?",  # ordinals 21st-century
    r"\b\d+(?:-(?:year|month|week|day|hour)-old)\b",
    r"\b(?:i[3579]|Ryzen[ \u00a0]\d)[ \u00a0-]\d{4,5}[A-Z]{0,3}\b",  # "Intel i7 13700K": a processor's model number
]
_EXCLUDE_RE = gated(re.compile("|".join(_EXCLUDE_PATTERNS), re.IGNORECASE))
# "1.", "(2)" and section numbers "2.4 Execute pretraining" at the start of a line
_LIST_NUMBER_RE = re.compile(
    r"(?m)^[ \t>*•·-]*(?:\(?\d{1,3}[.)](?=[ \t]|$)|\(\d{1,3}\)|\d{1,2}\.\d{1,2}(?=[ \t]+[A-Z][a-z]+\b)"
    r"(?![ \t]+(?:Million|Billion|Thousand|Trillion|Percent|Per|Times)\b))"
)
# "1. Install it. 2. Run the script.", "findings: (1) costs fell; (2) usage grew": items numbered inside a line, taken
# as such only where the item before or after is numbered too ("scored 88 vs. 72. The gap" is a figure)
_INLINE_ITEM_RE = re.compile(r"(?<=[.!?][ \t])(?P<dot>\d{1,2})\.(?=[ \t]+[A-Z][a-z]+[ \t]+[a-z])|"
                             r"(?:(?<=[:;,][ \t])|(?<=^))\((?P<par>\d{1,2})\)(?=[ \t]+[a-z]{2,}[ \t])", re.MULTILINE)


def _inline_items(text: str) -> Iterator[re.Match[str]]:
    """Numbered items inside a line, each beside the item numbered before or after it."""
    for m in _INLINE_ITEM_RE.finditer(text):
        n = int(m.group("dot") or m.group("par"))
        mark = r"{}\." if m.group("dot") else r"\({}\)"
        if re.search(r"(?:^|[\s(:;,])" + mark.format(n - 1) + r"[ \t]", text[: m.start()]) or re.search(
                r"(?:^|[\s:;,])" + mark.format(n + 1) + r"[ \t]", text[m.end() :]):
            yield m
_DATE_TIME_PM_RE = re.compile(r"^\d{1,2}(?:\.\d{2})?$")

# Things attached to a figure that make the whole chunk a name: "4o", "06F6", "5G", "3D".
_ALLOWED_ATTACHED_RE = re.compile(
    r"^(?:[kKMBTbmx×X%]|[bB]n|[mM]n|mln|[tT]n|trn|BN|MN|TN|pp|s)?(?:[-–/]|\+?[)\]}.,;:!?`]*$)"
    r"|^(?:FLOPs?|FLOPS|flops?|[kMGT]?Wh?|[kMGT]?Hz|[KMGTPE]i?B|[kcmµμn]?m|km[²³23]?|m[²³23]|kg|mg|g|"
    r"lbs?|ms|µs|μs|us|ns|mL|ml|cl|L|t|GW|TW|MW|kW|mW|W|[kMGT]?eV|s-1|pm|am|h|hrs?|min|secs?|yrs?|fps|FPS|[kmgt]wh|hp|"
    r"[gG]b|[gG][pP][uU]s|TOPS|TOPs|POPS|EFLOPS|PFLOPS|TFLOPS|GFLOPS|tok/s|tps|°[CF]|km/h|m/s|mph|Tbps|Gbps|Mbps|TBps|GBps|[TGM]b/s|[kKMGT][bB]ytes|x|×|k|K|M|B|T|b|bn|G|"
    r"mn|mln|tn|trn|%|pp|pc|st|nd|rd|th|e[-+]?\d+)(?:[-–/^.,;:)\]'’\"”]|$)"
    r"|^(?:[KMGTP]i?B|[gG]b|[kMGT]?Wh?|ms|tok/s)`"  # "`23GB`", "`7b`": code marks around a size
    r"|^(?:[KMGTP]i?B|[gG]b|[kMGT]W)\+[.,;:)]*$"  # "32GB+ RAM", "a 2GW+ data center": a bound written after the unit
)
_CURRENCY_ATTACHED_RE = re.compile(
    r"(?:US\$|U\.S\.\$|HK\$|AU\$|A\$|C\$|S\$|NZ\$|R\$|NT\$|\$US|\$A|(?<![A-Za-z])RM|\$|€|£|¥|₹|₩|Rs\.?|RMB|USD|EUR|GBP|CNY|INR|JPY|K[Ss]h|₦|฿)$"
)


@dataclass
class _Figure:
    """A figure while it is being assembled; becomes a Quantity when done."""

    value: float
    start: int
    end: int
    kind: str  # "digits", "words", "fraction", "multiplier"
    scaled: bool = False
    value_high: float | None = None
    unit: str | None = None
    explicit_unit: bool = False
    bound: str = "="
    currency: str | None = None
    notes: set[str] = field(default_factory=set)


_QUARTERS_BEFORE_RE = re.compile(
    r"\b(?:past|last|next|previous|prior|first|final|recent|consecutive|straight|successive|coming|for|in|within|"
    r"after|during)[ \u00a0]+$", re.IGNORECASE)  # not "over": "over three quarters say" is more than a share
_QUARTERS_AFTER_RE = re.compile(r"[ \u00a0]+(?:in[ \u00a0]+a[ \u00a0]+row|straight|running|ago|later|earlier|into|before|after)\b",
                                re.IGNORECASE)


def _quarters_of_a_whole(gap: str, last: bool, before: str, after: str) -> bool:
    """"three quarters of", "three-quarters" and "three quarters say" are fractions; "the last two quarters", "two
    quarters in a row" and "nine quarters into the decline" count quarters of a year. `gap` is what joins the number
    and "quarters", `last` whether "quarters" ends the words read."""
    if "-" in gap or not last or re.match(r"[ \u00a0]+of\b", after):
        return True
    return not (_QUARTERS_BEFORE_RE.search(before) or _QUARTERS_AFTER_RE.match(after))


def _words_to_numbers(text: str, before: str = "", after: str = "") -> list[tuple[float, int, int]]:
    """Spelled-out numbers to values, split where English would not join them ("one two"); the text `before` and
    `after` tells "three quarters of the market" from "the last two quarters"."""
    tokens = [(m.group(0).lower(), m.start(), m.end()) for m in re.finditer(r"[A-Za-z]+|&|,", text)]
    out: list[tuple[float, int, int]] = []
    total = 0.0
    current = 0.0
    seen = False
    start = end = 0
    last_kind = ""
    pending_sep: tuple[int, int] | None = None
    half = False
    i = 0

    def flush() -> None:
        nonlocal total, current, seen, last_kind, half
        if seen:
            value = total + current + (0.5 if half else 0.0)
            out.append((value, start, end))
        total = current = 0.0
        seen = False
        last_kind = ""
        half = False

    while i < len(tokens):
        word, s, e = tokens[i]
        if word in ("and", "&", ","):
            pending_sep = (s, e)
            i += 1
            continue
        if word == "a" and i + 1 < len(tokens) and tokens[i + 1][0] == "half" and seen:
            half = True
            end = tokens[i + 1][2]
            i += 2
            pending_sep = None
            continue
        if word == "half" and not seen and i + 1 < len(tokens) and tokens[i + 1][0] in ("a", "an"):
            # "half a million": the half of what follows
            current, seen, start, end, last_kind = 0.5, True, s, tokens[i + 1][2], "a"
            i += 2
            pending_sep = None
            continue
        if word == "a" or word == "an":
            if seen:
                flush()
            current, seen, start, end, last_kind = 1.0, True, s, e, "a"
            i += 1
            pending_sep = None
            continue
        if word in _FRACTION_WORDS and seen and last_kind in ("small", "a") and (
                word != "quarters" or current < 4 and _quarters_of_a_whole(text[end:s], i == len(tokens) - 1, before, after)):
            denominator = _FRACTION_WORDS[word]
            current = current / denominator
            end = e
            last_kind = "fraction"
            i += 1
            continue
        if word in _FRACTION_WORDS:
            break
        small = _SMALL.get(word)
        tens = _TENS.get(word)
        scale = _SCALE_WORDS.get(word)
        if small is not None or tens is not None:
            joinable = seen and (
                (last_kind == "tens" and small is not None and 0 < small < 10 and pending_sep is None)
                or last_kind in ("hundred", "scale")
            )
            if seen and not joinable:
                flush()
            if not seen:
                start = s
            if pending_sep is not None and seen and last_kind not in ("hundred", "scale"):
                flush()
                start = s
            current += float(small if small is not None else tens or 0)
            seen = True
            end = e
            last_kind = "tens" if tens is not None else "small"
        elif scale is not None:
            if not seen:
                break  # a bare scale word ("million") is handled after digits
            if pending_sep is not None:
                flush()
                break
            if half:
                current += 0.5
                half = False
            if scale == 100:
                current = (current or 1.0) * 100
                last_kind = "hundred"
            elif last_kind == "scale" and not current:
                total *= scale  # "a billion billion" is 10^18, "a thousand million" 10^9
            else:
                total += (current or 1.0) * scale
                current = 0.0
                last_kind = "scale"
            end = e
        pending_sep = None
        i += 1
    flush()
    return out


def _parse_digits(raw: str) -> float | None:
    """'1,234.5', '4e14', '2.48×10−5', '2½', '2 1/2' -> float; None when not a number."""
    text = raw.replace("\u00a0", " ").replace("\u202f", " ").replace("−", "-")
    extra = 0.0
    for ch, val in _VULGAR.items():
        if ch in text:
            extra += val
            text = text.replace(ch, "")
    mixed = re.search(r" (\d{1,2})/(\d{1,2})$", text)
    if mixed:
        denominator = int(mixed.group(2))
        if denominator == 0:
            return None
        extra += int(mixed.group(1)) / denominator
        text = text[: mixed.start()]
    power = re.fullmatch(r"10(?:(?:\^|\*\*)(\d+)|([⁰¹²³⁴⁵⁶⁷⁸⁹]+)| to the (?:power of )?(\d+))", text)
    if power:  # "10²³", "10^24", "10 to the 25"
        exponent = int(next(g for g in power.groups() if g is not None).translate(_SUPERSCRIPT))
        return 10.0**exponent + extra if exponent <= 300 else None
    exponent = 0
    # "2.48×10−5", "3x10^24", "6×10²³"; but "1920x1080" is a resolution: plain digits need a caret or a sign
    x10 = re.search(r"[ ]?[×x*·][ ]?10(?:(?:\^|\*\*)([-+]?\d+)|([-+]\d+)|([⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))$"
                    r"| times 10 to the (?:power of )?(-?\d+)$", text)  # "5.9 times 10 to the 23"
    if x10:
        exponent = int(next(g for g in x10.groups() if g is not None).translate(_SUPERSCRIPT))
        text = text[: x10.start()]
    if re.fullmatch(r"\d{1,3},\d{1,2}", text):
        text = text.replace(",", ".")  # "R5,4 billion", "€1,5 billion": a decimal comma before a scale word
    text = text.replace(",", "").replace(" ", "").strip()
    if not text:
        return extra or None
    digits = re.sub(r"[^0-9]", "", text.split("e")[0].split("E")[0])
    if len(digits) > MAX_DIGITS:
        return None
    try:
        value = float(text)
    except ValueError:
        return None
    if exponent:
        if abs(exponent) > 300:
            return None  # "3x10^400": beyond a float
        value *= 10.0**exponent
    value += extra
    if not math.isfinite(value):
        return None
    return value


def _chunk_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The chunk around [start, end) between whitespace or em dashes (never inside a name)."""
    left = start
    floor = max(0, start - 60)  # bounded, so a text with no spaces stays linear
    while left > floor and not text[left - 1].isspace() and text[left - 1] != "—":
        left -= 1
    right = end
    ceiling = min(len(text), end + 60)
    while right < ceiling and not text[right].isspace() and text[right] != "—":
        right += 1
    return left, right


_CHUNK_STRIP = "\"'“”‘’([{)]}*_`<>~≈≥≤=+-−–—:;,.!?…"


_CONSUMER_CARD_NUMBER = r"[1-5]0[5-9]0"  # GeForce numbers: 1080, 3090, 4090, 5080
# "H100", "A100s", "MI300X"; a consumer card's number only before "GPU": "8x 3090 GPUs"
_CHIP_MODEL_WORD = rf"(?:[A-Z]{{1,2}}\d{{2,4}}[A-Z]?s?|Titan[ \u00a0](?:Xp|X|V|RTX)s?|(?:RTX|GTX)[ \u00a0]?\d{{4}}(?:Ti)?s?|MI\d{{3}}X?s?|{_CONSUMER_CARD_NUMBER}(?:[ \u00a0]?Ti)?(?=[ \u00a0]+(?:GPU|cards?\b)))"
# "8xH100", and "8x4090": a GeForce number glued to a count is a card too
# (after a count of one or two digits: "1920x1080" is a screen's resolution)
_GLUED_CARD = rf"(?:(?<=(?<!\d)\d[x×*])|(?<=(?<!\d)\d\d[x×*]))(?:RTX)?{_CONSUMER_CARD_NUMBER}(?:Ti)?s?"
_CHIP_MULTIPLE_RE = re.compile(rf"\d{{1,4}}[x×*](?:{_CHIP_MODEL_WORD}|{_GLUED_CARD})(?:-\d{{2,3}}[Gg][Bb]?)?")  # "8xA100-80GB"


def _is_name_part(text: str, start: int, end: int) -> bool:
    """True for digits inside a name such as GPT-4o, Qwen2.5-72B, H100-80GB, COVID-19, L2."""
    left, right = _chunk_bounds(text, start, end)
    if not text[left:start].strip(_CHUNK_STRIP) and _CHIP_MULTIPLE_RE.fullmatch(text[left:right].strip(_CHUNK_STRIP)):
        return False  # "8xH100": eight chips written as one word, not a name
    before = text[left:start].lstrip(_CHUNK_STRIP)
    if before.lower() == "sub-" and not re.match(r"[\d.,]+[BMT]\b", text[start:]):
        before = ""  # "sub-300ms": under the figure, not a name ("sub-1B models" are a class of models)
    if re.fullmatch(r"(?:[$€£¥]?[\d.,]+(?:[kKMBT]|bn|mn|tn|m)?|(?i:thousand|million|billion|trillion))[-–—][$€£¥]?|"
                    r"[\d.,]+(?:e[-+]?\d+)?[ ]?(?:\+/-|±)", before):
        before = ""  # the high end of a range "5-7", "3.5–4.0", "$175–$185 billion", "$3.7bn-$4.0bn", "$3.7 billion–$4.0 billion"
    elif re.fullmatch(r"[$€£¥][\d.,]+[kKMBT]?/[$€£¥]|(?:[\d.]+[KMBT]/)+|(?:[\d.]+%/)+", before):
        before = ""  # the second of two prices "$0.10/$0.40" (input/output), of sizes "0.6B/1.7B/4B", of scores "32%/26%"
    if before == "R" and _rand_sum(text, start, text[:left]) or before in _LETTER_CURRENCY_PLACES and _letter_sum(text, start, before):
        before = ""  # "R5,4 billion": rand, not a name like "R1"; "N100m" in Lagos: naira
    if before:
        if _CURRENCY_ATTACHED_RE.search(before):
            head = before[: _CURRENCY_ATTACHED_RE.search(before).start()]  # type: ignore[union-attr]
            if not any(c.isalnum() for c in head):
                before = ""
        if before and any(c.isalnum() for c in before):
            return True
        if before.endswith(("@", "#")):
            return True
    after = text[end:right]
    if text[start:end] in ("10", "8", "20", "6", "40", "11") and re.fullmatch(r"[-‐–](?:K|Q|F)(?:SB|/A)?(?:['’]s)?[,.;:)]*", after):
        return True  # "its 10-K filing", "an 8-K", "Form 20-F": SEC forms, not ten of something
    if re.match(r"cr\b", after) and re.search(r"(?:₹|\bRs\.?|\bINR)[ \u00a0]?$", text[max(0, start - 5) : start]):
        return False  # "₹10,000cr": crore
    if after and after[0].isalpha():
        return not _ALLOWED_ATTACHED_RE.match(after)
    return after.startswith(".") and len(after) > 1 and after[1].isalnum()  # "3.10.2", "file.v2"


def _previous_word(text: str, start: int) -> tuple[str, int]:
    """The word right before `start` (skipping one space) and where it starts."""
    m = re.search(r"([A-Za-z][\w.&'’-]*[™®]?)[ \u00a0]+$", text[max(0, start - 60) : start])  # "ROCm™ 7.0"
    if not m:
        return "", -1
    return m.group(1), max(0, start - 60) + m.start(1)


def _follows_name(text: str, start: int) -> bool:
    """True when a bare figure continues a proper name: 'Llama 3.1', 'Voyager 2', 'Python 3.10'."""
    word, at = _previous_word(text, start)
    if not word:
        return False
    lower = word.lower().rstrip(".")
    if lower in _NAME_NUMBER_WORDS:
        return True
    if is_opening_verb(word) and re.fullmatch(r"(?:.*[.!?:;•\n*>-])?[\s\W]*", text[:at], re.DOTALL):
        return False  # "Supporting 358 coding languages", "Features 10 natural gas turbines": a line opens with a verb
    if re.search(r"['’]s$", word):
        return False  # "GPT-4's 91.6": the name's figure, not more of its name
    if not (any(c.isupper() for c in word) or any(c.isdigit() for c in word)):
        return False  # "iPhone 15" is a name as much as "Pixel 8"
    known = lookup_entity(word.strip("*_`'\"“”‘’()[],:"))
    if known is not None and known.type == "benchmark" and re.match(r"\d{2,3}\.\d", text[start:]):
        return False  # "scores MMLU 88.7, GPQA 53.6": a benchmark's score, not a version of it ("SQuAD 2.0")
    return not (lower in _FUNCTION_WORDS or re.fullmatch(_MONTHS, lower) or lower in _CURRENCY_WORDS_BEFORE)


# verbs that open a feature list's line ("Supports 19 languages"); capitalised there, but no name
# (a fixed list: "Kling 2.1", "Boeing 737" and "Seed 1.5" are names that merely look like verbs)
_OPENING_VERBS = (r"(?:Supports|Features|Includes|Contains|Offers|Provides|Adds|Uses|Requires|Delivers|Achieves|Reaches|Covers|"
                  r"Handles|Generates|Processes|Serves|Runs|Trains|Outperforms|Beats|Scores|Has|Boasts|Spans|Ships|"
                  r"Supporting|Featuring|Including|Containing|Offering|Providing|Covering|Handling|Spanning|Achieving|Reaching|"
                  r"Processing|Generating|Serving|Running|Delivering|"
                  r"Captures|Enables|Allows|Reduces|Improves|Boosts|Accelerates|Lowers|Saves|Needs|Takes|Costs|Consumes|"
                  r"Produces|Exceeds|Surpasses|Doubles|Triples|Cuts|Utilizes|Utilises|Leverages|Employs|Introduces|"
                  r"Scored|Achieved|Reached)")


# a sum with its scale word, not a size ("R1 million-token context"): what makes "R", "N", "P" or "PLN" money
_SCALED_SUM_RE = re.compile(r"[\d.,]+[ \u00a0]*(?:billion|million|trillion|bn|mn|m|b)\b(?![ \u00a0-]*(?:parameters?|params?|tokens?|"
                            r"context|models?)\b)")


def _rand_sum(text: str, at: int, before: str) -> bool:
    """An "R" before the figure at `at` is rand: a sum with its scale word ("R5,4 billion"), not a model's size and
    not a name such as "DeepSeek R1" ("R1 million-token context")."""
    return _SCALED_SUM_RE.match(text, at) is not None and not re.search(r"[A-Z][\w-]*[ \u00a0]+$", before)


def _letter_sum(text: str, at: int, symbol: str) -> bool:
    """A letter before the figure at `at` is its country's money: a sum with its scale in a text about the country."""
    place = _LETTER_CURRENCY_PLACES.get(symbol)
    return place is not None and _SCALED_SUM_RE.match(text, at) is not None and place.search(text) is not None


def is_opening_verb(word: str) -> bool:
    """A verb that opens a feature list's line ("Uses only 2 CPU cores"): capitalised there, but no name."""
    return re.fullmatch(_OPENING_VERBS, word) is not None
_CURRENCY_WORDS_BEFORE = {"us", "usd", "eur", "gbp", "rmb", "cny", "inr", "rs", "jpy", "krw", "chf"}


# trade shows and conferences named with their year ("CES 2026", "NeurIPS 2024"); "AMD 2000 GPUs" stays a count
_EVENT_RE = re.compile(
    r"\b(?:CES|GTC|WWDC|MWC|Computex|COMPUTEX|NeurIPS|ICML|ICLR|CVPR|ECCV|ICCV|EMNLP|NAACL|AAAI|IJCAI|SIGGRAPH|ISSCC|IEDM|"
    r"Hot Chips|IFA|GDC|Ignite|re:Invent|Dreamforce|Google I/O|Web Summit|VivaTech|Davos)[ \u00a0]$"
)


def _is_year(fig: _Figure, text: str) -> bool:
    """A bare four-digit figure between 1800 and 2100 is read as a year unless a unit follows, and so is an event's
    year whatever follows ("the CES 2026 chips")."""
    raw = text[fig.start : fig.end]
    if _EVENT_RE.search(text[max(0, fig.start - 20) : fig.start]) and re.match(r"(?:199\d|20[0-3]\d)(?![\d.,])", raw) and not (
            fig.scaled or fig.currency):
        return True  # "the CES 2026 chips", "GTC 2025 sessions": an event's year, whatever noun follows
    if not re.fullmatch(r"\d{4}", raw) or not 1800 <= fig.value <= 2100:
        return False
    if raw == "2048" and (_SEQUENCE_WORDS_RE.search(text[max(0, fig.start - 60) : fig.end + 60]) or re.match(
            r"[ \u00a0]+(?:[A-Z]{1,2}\d{2,3}[A-Z]?s|(?:[A-Z0-9][\w-]*[ \u00a0]+){0,3}(?:GPUs|TPUs|NPUs|chips|superchips|"
            r"accelerators|nodes|cards|systems|servers))\b", text[fig.end :]) and not re.search(
            r"\b(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Bb]efore|[Aa]fter|[Tt]hrough)[ \u00a0]+$", text[max(0, fig.start - 10) : fig.start])):
        return False  # "the context length extends from 2048 to 8192", "they used 2048 H800s", "on 2048 Nvidia A100 GPUs":
        # a power of two, not a year
    if _COUNT_BOUND_BEFORE_RE.search(text[max(0, fig.start - 40) : fig.start]) and _COUNTED_PLURAL_AFTER_RE.match(text, fig.end):
        return False  # "more than 2000 global businesses", "over 2000 different voices": a bound on a count, not a year
    return not (fig.scaled or fig.currency or fig.explicit_unit)


# a bound that sizes a count; "over" only after a word that takes a count ("with over 2000 voices"), never in a
# comparison with a year ("a 36% increase over 2025 spending", "grew 30% over 2024 estimates")
_COUNT_BOUND_BEFORE_RE = re.compile(
    r"(?:\b(?:more than|nearly|almost|approximately|roughly)|\b(?:with|has|have|had|of|for|across|among|includ\w+|serv\w+|"
    r"employ\w+|host\w+|offer\w+|support\w+|reach\w+|than)[ \u00a0]+(?:over|upwards of))[ \u00a0]+$", re.IGNORECASE)
_COUNTED_PLURAL_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:[a-z][a-z-]+[ \u00a0]+)?(?!(?:years|months|weeks|days|hours|levels|figures|numbers|results|prices|sales|"
    r"revenues|earnings|volumes|estimates|budgets|averages|reports|forecasts|projections|highs|lows|totals|values|rates|"
    r"models?\b(?=[ \u00a0]+year))\b)[a-z][a-z-]*[^s\W]s\b")


_SEQUENCE_WORDS_RE = re.compile(
    r"\b(?:context|length|tokens?|sequences?|window|batch|dimensions?|hidden)\b", re.IGNORECASE
)


def _is_date_part(text: str, start: int, end: int, value: float, raw: str) -> bool:
    """Days of a month and years next to month names: 'August 16', '16 August 2024'."""
    if not re.fullmatch(r"\d{1,4}", raw):
        return False
    before = text[max(0, start - 40) : start]
    after = text[end : end + 20]
    if value <= 31 or 1800 <= value <= 2100:
        if _MONTH_BEFORE_RE.search(before) or _MONTH_AFTER_RE.match(after):
            return True
        if value <= 31 and _DAY_RANGE_AFTER_RE.match(text, end):
            return True  # "from 15 to 17 October", "between 3 and 5 March": the first day of a span of dates
        if _DAY_NAMES_RE.search(before):
            return True
    return False


def _match_scale(text: str, pos: int, currency: str | None) -> tuple[float, int] | None:
    """A scale word or suffix at `pos`: returns (factor, end)."""
    for pattern, factor in _SCALE_AFTER_RE:
        m = pattern.match(text, pos)
        if m:
            return factor, m.end()
    m = _HYPHEN_SCALE_RE.match(text, pos) or (_HYPHEN_SCALE_END_RE.match(text, pos) if currency else None)
    if m:  # "a 70-billion-parameter model", "revenue of $5.36-billion"
        return _SCALE_WORDS[m.group(1).lower()], m.end()
    m = _CRORE_RE.match(text, pos) if currency == "INR" else None
    if m:  # "₹10,000cr", "Rs 500 cr": crore
        return 1e7, m.end()
    m = _SPACED_SCALE_RE.match(text, pos) if currency else None
    if m:  # "$5.5 M seed funding", "$10 B in debt": a sum's scale set apart (not "Boeing 777 M" or "Series 2 B")
        return (1e6 if m.group(1) == "M" else 1e9), m.end()
    m = _LOWER_M_RE.match(text, pos)
    if m and (currency or _MILLION_NOUN_RE.match(text, m.end()) or _millions_nearby(text, pos)):
        return 1e6, m.end()  # "$5m", "5m users" (but "5m" alone is five metres)
    return None


def unit_factor(surface: str, unit: str) -> float:
    """The factor that turned a figure written as `surface` ("315 acres", "65 mph", "8.5 inches") into `unit`
    ("m2", "m/s", "m"), so a claim can give the figure in the unit it is written in."""
    if unit == "m" and re.search(r"\d[ \u00a0]in\.?$", surface):
        return 0.0254  # "2 in thick": inches, read by `_attach_context` outside the unit table
    return next((factor for pattern, u, factor in (*_UNITS_CS_RE, *_UNITS_CI_RE) if u == unit and pattern.search(surface)), 1.0)


_CRORE_RE = re.compile(r"[ \u00a0]?cr\b")
_SPACED_SCALE_RE = re.compile(r"[ \u00a0](M|B)(?=[ \u00a0]+[A-Za-z(]|[.,;:)!?]|$)")
_MILLION_NOUN_PATTERN = (
    # "a 460m parameter model", "the 460m version of our models", "sizes: 1b, 400m, 150m parameters": a model's size
    r"[ \u00a0-]+parameters?\b|[ \u00a0]+(?:versions?|variants?|checkpoints?|models?)\b|"
    r"(?:(?:,[ \u00a0]*(?:and[ \u00a0]+|or[ \u00a0]+)?|[ \u00a0]+(?:and|or)[ \u00a0]+)\d+(?:\.\d+)?[mb]\b)+[ \u00a0]+"
    r"(?:parameters|params|models|checkpoints|versions|variants)\b|"
    r"[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:users|downloads|people|customers|subscribers|tokens|parameters|"
    r"visitors|views|viewers|listeners|members|shares|units|devices|accounts|employees|jobs|homes|"
    r"households|GPUs|chips|images|videos|questions|queries|requests)\b"
)
_MILLION_NOUN_RE = re.compile(_MILLION_NOUN_PATTERN)


_BARE_M_RE = re.compile(r"(?<![\w.,])\d[\d.,]*m\b")
# the bound words a figure may have before it, once a word such as "from" or "to" has led to it
_BOUND_WORDS = r"(?:about|around|roughly|nearly|almost|over|more than|under|less than|just|only|some|approximately|~)?"
# "400m monthly users, up from 350m": a figure set against one counted in millions
_SET_AGAINST_RE = re.compile(r"[^.;!?]{0,40}?\b(?:up from|down from|from|to|versus|vs\.?|compared (?:with|to)|against|and|or|then)"
                             r"[ \u00a0]+" + _BOUND_WORDS + r"[ \u00a0]*$")
# "Downloads rose to 5m", "users reached 12m": a count of what is counted in millions, reaching the figure
_COUNTED_BEFORE_RE = re.compile(
    r"\b(?:users|downloads|subscribers|customers|visitors|viewers|members|installs|sign-?ups|listeners|players)\b[ \u00a0]+"
    r"(?:(?:have|has|had)[ \u00a0]+)?(?:rose|grew|reached|hit|topped|climbed|jumped|fell|dropped|increased|doubled|surged|"
    r"totall?ed|passed|crossed|stood)(?:[ \u00a0]+(?:to|at|from|past))?[ \u00a0]+" + _BOUND_WORDS + r"[ \u00a0]*$", re.IGNORECASE)
_LENGTH_AFTER_RE = re.compile(r"[²³/^]|[ \u00a0-]*(?:tall|long|wide|deep|high|away|above|below|sprint|race|dash|run|pool|"
                              r"resolution|radius|altitude|depth|height|length|distance|square|of)\b", re.IGNORECASE)


def _millions_nearby(text: str, pos: int) -> bool:
    """"Gemini has 400m monthly users, up from 350m", "Downloads rose to 5m from 2m": a bare "m" is a million where
    it is set against a figure counted in millions or follows a count of what is counted in millions reaching it; never
    before a length's words or a unit's mark ("a 100m sprint", "5,000m²", "20m/s")."""
    if _LENGTH_AFTER_RE.match(text, pos + 1):
        return False
    before = text[max(0, pos - 80) : pos]
    start = len(before) - len(re.split(r"[ \u00a0]", before)[-1])  # the figure's own digits
    ahead = before[:start]
    if _COUNTED_BEFORE_RE.search(ahead):
        return True
    for m in _BARE_M_RE.finditer(ahead):  # "Downloads rose to 5m from 2m", "400m monthly users, up from 350m"
        if _SET_AGAINST_RE.fullmatch(ahead[m.end() :]) and (
                _MILLION_NOUN_RE.match(ahead, m.end()) or _COUNTED_BEFORE_RE.search(ahead[: m.start()])):
            return True
    return False


def _match_unit(text: str, pos: int) -> tuple[str, float, int] | None:
    """A unit after a figure at `pos`, allowing one space or a hyphen ('27-kilometer')."""
    for gap in _UNIT_GAPS:
        g = gap.match(text, pos)
        if g is None:
            continue
        m = _ANY_UNIT_CS_RE.match(text, g.end()) or _ANY_UNIT_CI_RE.match(text, g.end())
        if m:
            return *_UNIT_OF_GROUP[m.lastgroup or ""], m.end()
    return None


def _any_unit(units: list[tuple[str, str, float]], prefix: str) -> str:
    """The unit patterns as one alternation, each in a named group: a regex tries alternatives in order, so the
    first pattern that matches still wins, in one call instead of one per pattern (about 150)."""
    return "|".join(f"(?P<{prefix}{i}>{pattern})" for i, (pattern, _, _) in enumerate(units))


_ANY_UNIT_CS_RE = re.compile(_any_unit(_UNITS_CS, "cs"))
_ANY_UNIT_CI_RE = re.compile(_any_unit(_UNITS_CI, "ci"), re.IGNORECASE)
_UNIT_OF_GROUP = {
    **{f"cs{i}": (unit, factor) for i, (_, unit, factor) in enumerate(_UNITS_CS)},
    **{f"ci{i}": (unit, factor) for i, (_, unit, factor) in enumerate(_UNITS_CI)},
}


_UNIT_GAPS = [re.compile(g) for g in (r"", r"[ \u00a0]", r"-", r"[ \u00a0]?-[ \u00a0]?")]


_CHIP_PLURAL_RE = re.compile(r"(?:[A-Z]{1,4}\d{2,4}[A-Z]?s|(?:Nvidia |AMD |Huawei |Google )?(?:GPUs|TPUs|NPUs|RDUs|LPUs|IPUs))\b")
_AI_NOUN_LOOKAHEAD_RE = re.compile(
    # "`32768` tokens", "**7B** parameters": markdown around the figure is not a word between
    r"[`*_]{0,2}(?:[ \u00a0]+(?:[A-Z][\w.-]*|AI|[a-z]+(?:-[a-z]+)*))" r"{0,3}?[ \u00a0]+"
    r"(?P<unit>(?:(?:[A-Z]+\d+[A-Za-z]*|GPU|TPU|accelerator|chip)[ -])*(?:GPU|TPU|accelerator|chip)[ -]hours?"
    r"|tokens?|parameters|params|users|downloads|GPUs|TPUs|NPUs|RDUs|LPUs|IPUs|accelerators|chips|graphics processing units"
    r"|[A-Z]{1,4}\d{2,4}[A-Z]?s)\b"
)
_CHIP_CARDS_RE = re.compile(
    r"[ \u00a0]+(?:(?:Nvidia|NVIDIA|AMD|Intel|Huawei|Google|AWS|Amazon)[ \u00a0]+)?(?:[A-Z]{1,3}\d{2,4}[A-Za-z]*|[A-Z][a-z]+\d{1,2})"
    r"[ \u00a0]+(?:(?:graphics|GPU)[ \u00a0]+)?(?:cards|boards|units|servers?|processors|chips|accelerators)\b"
)
# a datacenter chip's model number after a count, with its memory or a second model, then a chip noun or nothing
_CHIP_MODEL_RE = re.compile(
    # "16 or more A100 GPUs", "8 * A100", "4 80GB A100 GPUs": a bound, a times sign or a memory size may come first
    r"(?:[ \u00a0]+or[ \u00a0]+more|\+)?(?:[ \u00a0]*\*)?(?:[ \u00a0]+\d{2,3}[ \u00a0]?GB?)?"
    r"[ \u00a0]+(?:(?:Nvidia|NVIDIA|NVidia|AMD|Huawei|Google|Intel)[ \u00a0]+(?:\d{2,3}[ \u00a0]?GB?[ \u00a0]+)?)?(?:Tesla[ \u00a0]+)?"
    r"(?:(?:Grace[ \u00a0]+)?(?:Blackwell|Hopper)(?:[ \u00a0]+(?=[AHBG]))?)?(?:RTX[ \u00a0]+" + _CONSUMER_CARD_NUMBER + r"(?:[ \u00a0]?Ti)?|" + _CONSUMER_CARD_NUMBER + r"(?:[ \u00a0]?Ti)?(?=[ \u00a0]+(?:GPU|cards?\b))|H\d{2,3}|A(?:100|800|10|30|40|6000)|B\d{3}|L\d{1,2}S|L\d{1,2}(?=[ \u00a0]+(?:GPUs?|cards|chips|accelerators)\b)|V100|G[BH]\d{3}|MI\d{3}X?|Ascend[ \u00a0]+\d{3}\w?"
    r"|(?:Trainium|Inferentia|Gaudi|Maia)[ \u00a0]?\d{1,3}\b|(?:Cerebras[ \u00a0]+)?CS-\d(?=[ \u00a0]+(?:wafer|systems?)\b)|(?<=Blackwell)|(?<=Hopper))"
    r"(?:(?<=\d)s|(?<=\d)['’]s\b|[- \u00a0]equivalents?\b)?"  # "100k H100’s", "5.2 million H100-equivalents"
    r"(?:[ \u00a0]*\(\d+ ?G(?:B)?\)|/[A-Z]{1,2}\d{2,3}|[ \u00a0]+\d+ ?G[Bb]?(?=[ \u00a0]+(?:GPU|gpu|cards?\b|chips\b|accelerators\b))|"
    r"[ \u00a0]+\d+ ?GB)?"
    r"(?:[ \u00a0]+Grace[ \u00a0]+(?:Hopper|Blackwell)(?=[ \u00a0]+[Ss]uperchips))?"  # "GH200 Grace Hopper Superchips"
    r"(?:(?:[ \u00a0]+|-)(?:(?:Tensor[ \u00a0]+Core|AI|SXM\d?)[ \u00a0]+)?(?:GPUs|gpus|GPU(?![ \u00a0-]+(?:days?|hours?|hrs?|years?|months?|weeks?|minutes?|mins?|seconds?|secs?|time|memory|nodes?|servers?|instances?|machines?|boxes|pods?|racks?)\b)|[Ss]uperchips|[Pp]rocessors|chips|accelerators|cards|"
    r"NPUs|TPUs|orders|units|shipments|server|(?<=CS-\d[ \u00a0])(?:wafer[ \u00a0-]scale[ \u00a0]+)?systems)\b|[ \u00a0]+(?:(?:training|inference|GPU|AI)[ \u00a0]+)?(?:cluster|supercomputer)\b"
    # or nothing at all before punctuation or a preposition: "on 64 H100", "usage on 8 V100 by 1 node", "1 L40S (48Gb)"
    r"|(?=[ \u00a0]*(?:[,;:)(]|\.(?!\d)|$)|[ \u00a0]+(?:by|for|with|on|in|and|or|to|per|at|is|are|was|were)\b|[ \u00a0]+[-–—][ \u00a0]))"
)
# a count of someone's chips: "18,000 of NVIDIA's latest AI chips", "100,000 of the latest GB300 chips from Nvidia"
_OF_CHIPS_RE = re.compile(
    r"[ \u00a0]+of[ \u00a0]+(?:(?:the|its|their)(?=(?:[ \u00a0]+[\w-]+){1,4}[ \u00a0]+(?:GPUs|chips|accelerators|[Ss]uperchips|processors|XPUs|"
    r"ASICs)\b)|[A-Z][\w.&-]*['’]s?)"
    r"(?:[ \u00a0]+(?:own|latest|newest|new|next-generation|most|advanced|powerful|top-end|high-end|cutting-edge|custom|in-house|"
    r"homegrown|inference|training|data[- ]cent(?:er|re)|flagship|AI|[A-Z][\w.-]*)){0,4}[ \u00a0]+(?:GPUs|chips|accelerators|[Ss]uperchips|"
    r"processors|XPUs|ASICs)\b"
)
_MEMORY_THEN_GPUS_RE = re.compile(r"[ \u00a0]+\d{2,3}[ \u00a0]?GB?[ \u00a0]+GPUs\b")  # "8 80G GPUs": eight GPUs of 80 GB
_NOUN_RE = re.compile(r"[ \u00a0-]+[\"“‘']?([A-Za-z][a-z]+(?:-[a-z]+)*)\b")
# a plural acronym counted ("CEOs", "LLMs"), or an abbreviation or number inside the noun phrase ("U.S.", "IT", "Fortune 1000")
_ACRONYM_WORD_RE = re.compile(r"[ \u00a0]+(?:([A-Z]{2,5}s)\b|(?:[A-Z]\.){2,3}|[A-Z]{2,5}\b|\d{3,4}\b)(?=[ \u00a0])")
# people and organisations counted after a modifier: "six major companies", "500 senior business executives"
_COUNTED_GROUPS = _word_set(
    """
    executives leaders developers companies organizations organisations businesses firms startups start-ups respondents
    professionals employees engineers researchers participants countries enterprises partners investors adults
    """
)
_PLURAL_AFTER_RE = re.compile(r"(?:[ \u00a0-]+[a-z]+(?:-[a-z]+)*){0,1}?[ \u00a0-]+([a-z]+(?:-[a-z]+)*[^s\W]s)\b")


def _counted_noun(text: str, pos: int) -> tuple[str, int] | None:
    """The thing counted after a bare figure: 'tokens' in '140 trillion AI tokens'."""
    m = _AI_NOUN_LOOKAHEAD_RE.match(text, pos)
    if m:
        between = text[pos : m.start("unit")].split()
        if between and between[0].lower() in ("more", "fewer"):
            between = between[1:]  # "10,000 more GPUs": the extra chips are chips
        if not any(w.lower() in _STOP_NOUNS for w in between):
            raw = m.group("unit")
            found = _match_unit(text, m.start("unit"))
            if found and found[0] in ("tokens", "tokens/s", "parameters", "users", "downloads", "GPU-hours", "accelerators"):
                return found[0], found[2]
            if _CHIP_PLURAL_RE.fullmatch(raw):
                return "accelerators", m.end("unit")
    chips = (_CHIP_CARDS_RE.match(text, pos) or _CHIP_MODEL_RE.match(text, pos) or _MEMORY_THEN_GPUS_RE.match(text, pos)
             or _OF_CHIPS_RE.match(text, pos))
    if chips:  # "100,000 H100 cards", "8 Nvidia A100 boards", "24 A100(40G) GPUs", "on 64 H100"
        return "accelerators", chips.end()
    p = pos
    capitalised: tuple[str, int] | None = None
    spelled = not re.search(r"\d[\d.,]*[A-Za-z]{0,2}$", text[max(0, pos - 12) : pos])  # "two", not "10k"
    after_acronym = False
    for _ in range(4):
        m = _NOUN_RE.match(text, p)
        if not m:
            acronym = _ACRONYM_WORD_RE.match(text, p)
            if acronym is None:
                break
            if spelled:
                break  # "Europe's two AI leaders", "three SWA layers": a small spelled count before a name
            if acronym.group(1):
                return acronym.group(1).lower(), acronym.end()  # "456 CEOs", "360 CIOs"
            p = acronym.end()  # "308 U.S. business executives", "1,050 IT leaders", "125 Fortune 1000 companies"
            after_acronym = True
            continue
        word = m.group(1)
        lower = word.lower()
        if lower in _STOP_NOUNS or lower == "contexts":
            break  # "making 1M contexts available": a context's length, not a count of contexts
        if word[0].isupper() or lower in _NOUN_SKIP or lower.endswith("ly"):
            if word[0].isupper():
                capitalised = (lower, m.end())
            p = m.end()
            continue
        if not lower.endswith("s") or lower.endswith("ss"):
            plural = _PLURAL_AFTER_RE.match(text, m.end())
            if plural and plural.group(1).lower() in _COUNTED_GROUPS:
                return plural.group(1).lower(), plural.end()  # "six major companies", "500 senior business executives"
        if after_acronym and not (lower.endswith("s") and not lower.endswith("ss")):
            return None  # "151 PS along with", "a 65.2 MTEB score": no count of things after the name
        return lower, m.end()
    if capitalised is not None and capitalised[0].endswith("s") and len(capitalised[0]) > 3:
        return capitalised  # "21,000 Facebook Groups"
    return None


_BARE_SCALE_SIZE_RE = re.compile(
    r"(?<![\w.,-])(?<!\d )(?<!one )(?<!a )(?<!several )(?<!few )(?<!many )(?<!tens of )(?<!dozens of )(?<!hundreds of )(?<!thousands of )"
    r"(trillion|billion)-param(?:eter)?s?\b", re.IGNORECASE)

# "a 16x3.8B parameter model", "a 128x3.66B MoE MLP": experts times their size, one total (but "Mixtral 8x7B" is a name)
_EXPERT_PRODUCT_RE = re.compile(
    r"(?<![\w.-])(\d{1,3})[ \u00a0]?[x×][ \u00a0]?(\d{1,3}(?:\.\d+)?)[ \u00a0]?([BM])\b"
    r"(?=[ \u00a0-]*(?:parameters?|params|MoE)\b)")


# "two-thirds of developers", "nearly half of all sales", "a fifth of the market": a share of a whole, written in words
_SHARE_RE = gated(re.compile(
    r"(?<![\w-])(?:(?P<num>a|one|two|three|four|five|six|seven|eight|nine)(?P<sep>[ \u00a0-]+))?"
    r"(?P<den>half|thirds?|quarters?|fourths?|fifths?|sixths?|eighths?|tenths?)(?=[ \u00a0]+(?:of|the|that[ \u00a0]+of|as[ \u00a0]+(?:much|many|"
    r"large|big|long|fast)|those[ \u00a0]+of)\b)", re.IGNORECASE))
# "one-third the cost", "using a tenth of the electricity", "half of their computing budget": a ratio to another's
_RATIO_NOUNS = (r"(?:costs?|price|prices|pricing|rate|compute|computing|budget|size|steps|electricity|energy|power|memory|"
                r"parameters|resources|footprint|latency|fees?|performance|speed)\b(?![ \u00a0-]+(?:demand|usage|use|consumption|"
                r"sales|spending|market|capacity|growth|supply|needs|increases?|rises?|hikes?|cuts?|plants?|compan\w+|sector|"
                r"industry|bills?|at|in|on|for|went|goes|is|was)\b)")
_RATIO_DIRECT_RE = re.compile(r"[ \u00a0]+the[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}?" + _RATIO_NOUNS, re.IGNORECASE)
_CHARGE_VERBS = r"(?:charges?|charged|costs?|pays?|paid)"  # "a third of what Tessel charges" is a ratio, not a share
# "a fifth of the price of Corvid Embed", "a third of what Tessel charges": a ratio of prices, whatever leads to it
_RATIO_OF_PRICE_RE = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:(?:the|[\w.-]+['’]s?)[ \u00a0]+(?:[\w-]+[ \u00a0]+)?(?:price|prices|pricing|cost|fees?)\b(?![ \u00a0-]+(?:tags?|"
                                r"increases?|hikes?|rises?|cuts?)\b)|what[ \u00a0]+(?:[\w.-]+[ \u00a0]+){1,4}?" + _CHARGE_VERBS + r"\b)",
                                re.IGNORECASE)
_RATIO_OF_RE = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the|their|[\w.-]+['’]s)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}?(?:time\b|"
                          + _RATIO_NOUNS + ")", re.IGNORECASE)
# what one uses, needs or pays when set against another: "takes only", "using about", "at", "requiring just"
_RATIO_BEFORE_RE = re.compile(
    r"\b(?:only|just|using|uses?|used|needs?|needing|needed|requir\w+|at|with|having|has|have|takes?|took|costs?|costing|in|"
    r"within|for)"
    r"[ \u00a0]+(?:(?:about|around|roughly|nearly|approximately|only|just|less than|under|over)[ \u00a0]+)?$", re.IGNORECASE)
# "Half of respondents (50%)": the share is given again as a percentage, which is the claim
_SHARE_RESTATED_RE = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:[\w'’-]+[ \u00a0]+){0,3}?[\w'’-]+[ \u00a0]*\([ \u00a0]*~?\d+(?:\.\d+)?[ \u00a0]*%[ \u00a0]*\)")
_SHARE_NOT_BEFORE_RE = re.compile(
    r"\b(?:the|first|second|third|fourth|last|next|this|each|per|every|final|latter|former|past|other|back|front|top|"
    r"bottom|lower|upper|same|better|opening|closing|his|her|its|their|our|my|your)[ \u00a0]+$|\band[ \u00a0]+a[ \u00a0]+$",
    re.IGNORECASE)
# "the first half of 2024", "a quarter of a century", "half of the battle", "a third of the way", "half of one percent"
_SHARE_NOT_AFTER_RE = re.compile(
    r"[ \u00a0]+of[ \u00a0]+(?:\d{4}s?\b|FY|Q[1-4]\b|an?\b|what\b(?![^.;]{0,40}\b" + _CHARGE_VERBS + r"\b)|one[ \u00a0]+(?:percent|per[ \u00a0]+cent)|\d+(?:\.\d+)?[ \u00a0]*(?:%|percent|"
    r"per[ \u00a0]+cent)|(?:(?:the|this|that|next|last|each|his|her|their|its|our)[ \u00a0]+)?(?:(?:fiscal|calendar|financial|current|"
    r"school|academic|last|past|next|previous|opposing|own)[ \u00a0]+)?(?:years?|decades?|century|centuries|months?|seasons?|quarters?|"
    r"days?|weeks?|hours?|minutes?|seconds?|nights?|evenings?|mornings?|terms?|periods?|game|match|races?|way|story|problem|"
    r"equation|puzzle|battle|fun|law|pitch|field|court|duo|pair|couple|partnership|team|founding|life|lives|career|picture|"
    r"reason|answer|challenge|job|work|trading[ \u00a0]+day|session|summer|winter|spring|autumn|afternoon|weekend|"
    r"\d{2}(?:st|nd|rd|th)[ \u00a0]+century|(?:Jan|Febr)uary|March|April|"
    r"May|June|July|August|September|October|November|December|point|percent|percentage|mile|meter|metre|kilometre|"
    r"kilometer|inch|foot|cent|dollar|pound|hundred|thousand|million|billion|trillion)\b)", re.IGNORECASE)
# "two quarters of record sales", "three quarters of profitability": spans of a company's year, not shares
_QUARTERS_OF_TIME_RE = re.compile(
    r"[ \u00a0]+of[ \u00a0]+(?:(?:record|consecutive|straight|strong|weak)[ \u00a0]+)?(?:profit\w*|loss\w*|growth|declin\w*|supply|"
    r"gains?|earnings|sales|revenue|record|consecutive|straight|shortages?|constraints?|the[ \u00a0]+(?:last|past|next|previous))\b",
    re.IGNORECASE)


# "one in five companies", "three out of four respondents": a share of a whole, in words ("26 out of 27 categories"
# in digits is annotated as two counts)
_N_IN_M_RE = re.compile(
    r"(?<![\w.,-])(?P<n>one|two|three|four|five|six|seven|eight|nine)[ \u00a0]+(?:in|out[ \u00a0]+of)[ \u00a0]+"
    r"(?P<m>two|three|four|five|six|seven|eight|nine|ten)(?![\w.,%-])"
    r"(?![ \u00a0]+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|games?|matches|attempts?)\b)",
    re.IGNORECASE)


def _share_figures(text: str) -> Iterator[_Figure]:
    """Fractions in words: a share of a whole ("two-thirds of developers", "one in five companies", unit "share") or a
    ratio to another's cost or size ("at one-third the cost", unit "times")."""
    for m in _N_IN_M_RE.finditer(text):
        n, d = _SMALL[m.group("n").lower()], _SMALL[m.group("m").lower()]
        if re.search(r"\b(?:number|no\.?|#|rank\w*|plac\w*|rated|rating|scored?)[ \u00a0]*$", text[max(0, m.start() - 20) : m.start()],
                     re.IGNORECASE) or re.match(r"[ \u00a0]+(?:stars?|points?)\b|[ \u00a0]+(?:\w+[ \u00a0]+)?(?:countries|markets|"
                                                  r"categories|leaderboards|app stores)", text[m.end() :], re.IGNORECASE):
            continue  # "number one in five countries", "four out of five stars": a rank or a rating, no share
        if 0 < n < d:
            yield _Figure(n / d, m.start(), m.end(), "fraction", unit="share", explicit_unit=True)
    for m in _SHARE_RE.finditer(text):
        num, den = (m.group("num") or "").lower(), m.group("den").lower()
        plural = den.endswith("s") and den != "halves"
        if not num and den != "half" or num in ("a", "one") and plural or num not in ("", "a", "one") and not plural:
            continue  # "thirds of", "a thirds of", "two third of": not a fraction as English writes one
        before = text[max(0, m.start() - 12) : m.start()]
        if _SHARE_NOT_BEFORE_RE.search(before) or _SHARE_NOT_AFTER_RE.match(text, m.end()):
            continue  # "the first half of 2024", "a quarter of a century", "half of the story": a time, a span or an idiom
        if den == "quarters" and m.group("sep") != "-" and _QUARTERS_OF_TIME_RE.match(text, m.end()):
            continue
        value = (_SMALL.get(num, 1) if num not in ("", "a") else 1) / _FRACTION_WORDS[den]
        if value >= 1 or _SHARE_RESTATED_RE.match(text, m.end()):
            continue  # "four quarters of profitability"; "Half of respondents (50%)", claimed as the percentage
        lead = text[max(0, m.start() - 30) : m.start()]
        if _RATIO_DIRECT_RE.match(text, m.end()) or _RATIO_OF_RE.match(text, m.end()) and _RATIO_BEFORE_RE.search(lead) or \
                _RATIO_OF_PRICE_RE.match(text, m.end()) or re.match(
                r"[ \u00a0]+(?:that|those)[ \u00a0]+of\b|[ \u00a0]+as[ \u00a0]+(?:much|many|large|big|long|fast)[ \u00a0]+as\b", text[m.end() :]):
            # (also "latency is one-third that of the previous version", "costs a fifth as much as GPT-4o")
            yield _Figure(value, m.start(), m.end(), "fraction", unit="times", explicit_unit=True)
        elif re.match(r"[ \u00a0]+of\b", text[m.end() :]):
            yield _Figure(value, m.start(), m.end(), "fraction", unit="share", explicit_unit=True)


def _find_figures(text: str) -> list[_Figure]:
    """Every number-like span with its value, before context decides what it is."""
    blocked = bytearray(len(text) + 1)  # 1 where a date, citation, phone number... covers the text
    for m in (*_EXCLUDE_RE.finditer(text), *_LIST_NUMBER_RE.finditer(text), *_inline_items(text)):
        blocked[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    figures: list[_Figure] = []
    for m in _EXPERT_PRODUCT_RE.finditer(text):
        word, _ = _previous_word(text, m.start())
        if word[:1].isupper() and word not in ("The", "A", "An"):
            continue  # "Mixtral 8x7B parameters": the model's name
        size = float(m.group(1)) * float(m.group(2)) * (1e9 if m.group(3) == "B" else 1e6)
        figures.append(_Figure(size, m.start(), m.end(), "digits", scaled=True, unit="parameters", explicit_unit=True))
        blocked[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    for fig in _share_figures(text):
        figures.append(fig)
        blocked[fig.start : fig.end] = b"\x01" * (fig.end - fig.start)
    for m in _BARE_SCALE_SIZE_RE.finditer(text):  # "the first trillion-parameter model": a size without digits
        figures.append(_Figure(_SCALE_WORDS[m.group(1).lower()], m.start(), m.end(), "words", unit="parameters",
                               explicit_unit=True))
    for m in _NUMBER_RE.finditer(text):
        s, e = m.start(), m.end()
        if blocked[s] or blocked[e - 1]:
            continue
        if m.group("words"):
            for value, ws, we in _words_to_numbers(m.group("words"), text[max(0, s - 30) : s], text[e : e + 20]):
                figures.append(_Figure(value, s + ws, s + we, "words"))
            continue
        if m.group("mult"):
            figures.append(_Figure(_multiplier_value(m.group("mult")), s, e, "multiplier",
                                   unit="times", explicit_unit=True))
            continue
        if m.group("aunit"):
            figures.append(_Figure(1.0, s, e, "words"))
            continue
        if m.group("atime"):
            lo, hi = sentence_around(text, s, e)
            if _A_TIME_WINDOW_RE.search(text[lo:hi]):
                continue  # "oversubscribed in under a minute", "within a minute of the opening bell": a time window
            figures.append(_Figure(0.5 if m.group("atime").lower().startswith("half") else 1.0, s, e, "words"))
            continue
        if m.group("fold"):
            word = re.sub(r"^an?\s+", "", m.group("fold").lower().replace("-", "")[:-4])  # "a thousandfold"
            figures.append(_Figure(float(_SMALL.get(word) or _TENS.get(word) or _SCALE_WORDS.get(word, 0)),
                                   s, e, "multiplier", unit="times", explicit_unit=True))
            continue
        if m.group("frac"):
            num, den = m.group("frac").split("/")
            if int(den) == 0 or len(num) == 4:
                continue
            dated = num.startswith("0") or text[s - 1 : s] == "[" or re.search(r"(?i)\bupdated?:?[ \u00a0]*$", text[max(0, s - 12) : s])
            if re.fullmatch(r"(?:19|20)\d\d", den) and 1 <= int(num) <= 12 and dated or s > 0 and text[s - 1].isalpha():
                continue  # "[05/2025]": a month and year; "A800/3090": a list of chips
            figures.append(_Figure(int(num) / int(den), s, e, "fraction"))
            continue
        raw = m.group(0)
        if m.group("vul"):
            figures.append(_Figure(_VULGAR[raw], s, e, "fraction"))
            continue
        parsed = _parse_digits(raw)
        if parsed is None:
            continue
        if _is_name_part(text, s, e):
            continue
        if _is_date_part(text, s, e, parsed, raw):
            continue
        figures.append(_Figure(parsed, s, e, "digits"))
    figures.sort(key=lambda f: f.start)
    return figures


def _plus_bound(text: str, pos: int, fig: _Figure) -> int:
    """A '+' between a figure and the words after it means 'at least': returns where the figure goes on."""
    if re.match(r"\+[ \u00a0]+[A-Za-z]|\+%", text[pos:]):
        fig.bound = ">="
        return pos + 1  # "2M+ users", "10+% improvement"
    return pos


def _attach_context(text: str, fig: _Figure) -> bool:
    """Read sign, currency, scale, unit and bound around a figure; False if it is not a quantity."""
    before = text[max(0, fig.start - 40) : fig.start]
    # sign: "-15", "($99.99)", "$-99.99"
    negative = False
    if before.endswith(("-", "−")) and (len(before) < 2 or not before[-2].isalnum()):
        negative = True
        before = before[:-1]
    cur = _CURRENCY_PREFIX_RE.search(before)
    if cur:
        symbol = cur.group(0).strip(" \u00a0")
        # "Rs", "USD" must stand as words; "$" may follow anything but a letter or digit
        head = before[: cur.start()]
        if symbol[0].isalpha() and head and head[-1].isalnum() or symbol == "$" and head and head[-1].isalnum():
            cur = None
        elif symbol == "RM" and not re.match(r"[\d.]+[ \u00a0]*(?:billion|million|bil|mil|bn|mn|k)\b|\d{1,3}(?:,\d{3})+(?![\d.]*[BM]\b)",
                                              text[fig.start :]):
            cur = None  # ringgit only as a sum: "RM780.1 million", "RM12,500"; "an RM 70B" is a reward model
        elif (symbol in _SCALED_CODES or symbol == "NTD") and not _SCALED_SUM_RE.match(text, fig.start):
            cur = None  # "PLN 5 GW": Indonesia's utility, not zloty
        elif symbol in _LETTER_CURRENCY_PLACES and (symbol != "PHP" and cur.group(0) != symbol or not _letter_sum(text, fig.start, symbol)):
            cur = None  # "N100m" and "P173 billion" only glued to the sum and beside their country ("N 2 million neurons")
        elif symbol == "R" and not _rand_sum(text, fig.start, head):
            cur = None  # rand only before a sum with its scale: "R5,4 billion"; "R2", "R1 1776", "DeepSeek R1 million-token" is no money
    if cur:
        fig.currency = _CURRENCY_CODES[cur.group(0).strip(" \u00a0")]
        fig.unit = fig.currency
        fig.explicit_unit = True
        fig.start = max(0, fig.start - 40) + cur.start()
        before = before[: cur.start()]
        if not negative and before.endswith(("-", "−")) and (len(before) < 2 or not before[-2].isalnum()):
            negative = True
            before = before[:-1]
    # "is ($99.99)." is an accounting negative; "jacket ($125) is" is a price given as an aside
    if before.endswith("(") and text[fig.end : fig.end + 1] == ")" and fig.currency and not re.match(
        r"\)\s*[A-Za-z]", text[fig.end : fig.end + 4]
    ):
        negative = True
    if negative and not (len(before) >= 1 and before[-1:].isdigit()):
        fig.value = -fig.value
        fig.start -= 1 if not cur else 0
    pos = fig.end
    # scale
    if fig.kind == "digits":
        pos = _plus_bound(text, pos, fig)  # "3.5+ trillion tokens", "5+ gigawatts"
    if fig.kind in ("digits", "words"):
        found = _match_scale(text, pos, fig.currency)
        if found:
            factor, pos = found
            fig.value *= factor
            fig.scaled = True
            more = _match_scale(text, pos, fig.currency)  # "lakh crore", "thousand crore"
            if more and more[0] >= 1e5 and pos < len(text) and text[pos] in " \u00a0":
                if more[0] != factor:  # "104B billion parameters" says the scale twice: 104 billion, once
                    fig.value *= more[0]
                pos = more[1]
            pos = _plus_bound(text, pos, fig)  # "270k+ hours", "2M+ users"
    plus = re.match(r"[ \u00a0-]?plus(?=[ \u00a0-](?:percent|per cent|pct)\b|%)", text[pos:])
    if plus:  # "80 plus percent"
        fig.bound = ">="
        pos += plus.end()
        fig.notes.add("plus")
    if fig.kind == "digits" and fig.unit is None and not fig.currency:
        word = text[fig.start : _chunk_bounds(text, fig.start, pos)[1]].rstrip(_CHUNK_STRIP)
        if _CHIP_MULTIPLE_RE.fullmatch(word):
            fig.unit, fig.explicit_unit = "accelerators", True  # "a 8xH100 cluster": eight chips
            pos = fig.start + len(word)
    # unit
    if fig.unit is None or fig.currency:
        found_unit = _match_unit(text, pos)
        precision = re.match(r"[ \u00a0]+(?:c?(?:FP|BF|INT|TF|MX)\d{1,2}/)*c?(?:FP|BF|INT|TF|MX)\d{1,2}"
                             r"(?=[ \u00a0]+(?:[A-Za-z]*(?:FLOP|flop)|TOPS\b|TOPs\b))", text[pos:])
        if found_unit is None and precision:  # "20.8 FP8 PetaFLOPS", "380 INT8 TOPS", "190 FP16/BF16/TF32 TFLOPS"
            found_unit = _match_unit(text, pos + precision.end())
        if found_unit:
            unit, factor, upos = found_unit
            if fig.currency and unit not in ("times", "percent"):
                if unit in ("USD", "EUR", "CNY", "JPY", "INR", "GBP"):
                    pos = upos  # "$5 dollars"
            elif fig.kind == "words" and len(text[pos:upos].strip(" -\u00a0")) <= 2 or text[pos:upos].strip() in ("in", "IN"):
                pass
            else:
                if fig.currency is None:
                    fig.unit = unit
                    fig.value *= factor
                    fig.explicit_unit = True
                    pos = upos
                    if unit == "times" and fig.value == int(fig.value) and _CHIPS_AFTER_TIMES_RE.match(text, pos):
                        fig.unit = "accelerators"  # "8x A100 GPUs", "a 4 x H100 node": chips counted
        if fig.unit is None and fig.value >= 1 and re.search(r"\bfactor(?:[ \u00a0]+of)?[ \u00a0]+(?:(?:about|around|roughly|nearly|almost|over|up to|~)[ \u00a0]*)?$",
                                          text[max(0, fig.start - 40) : fig.start], re.IGNORECASE):
            fig.unit, fig.explicit_unit = "times", True  # "grew by a factor of ten": a multiplier
            pos = fig.end
        if fig.unit is None and fig.kind in ("digits", "words"):
            inch = re.match(r"[ \u00a0]in(?=\.?$|[.,;)]|[ \u00a0](?:thick|long|wide|tall|high|deep)\b)", text[pos:])
            if inch and fig.kind == "digits":
                fig.unit, fig.explicit_unit = "m", True
                fig.value *= 0.0254
                pos += inch.end()
    if fig.currency is None and fig.unit is None:
        cur_after = re.match(r"[ \u00a0]?(USD|EUR|CNY|RMB|GBP|JPY|INR|€|\$)(?![A-Za-z])", text[pos:])
        if cur_after:
            code = cur_after.group(1)
            fig.currency = fig.unit = {"RMB": "CNY", "€": "EUR", "$": "USD"}.get(code, code)
            fig.explicit_unit = True
            pos += cur_after.end()
    # rates: "$15.4/hour", "tokens per second" handled in units, "per day"
    if fig.unit is not None and fig.unit not in ("percent", "times", "percentage points"):
        rate = _RATE_RE.match(text, pos)
        if rate and not (rate.group(0).strip().startswith(("a ", "an ", "each", "every")) and fig.unit == "seconds"):
            den = rate.group(1)
            den = _RATE_NAMES.get(den, den)
            if fig.unit == "m" and den in ("hour", "s", "min"):
                fig.value /= {"hour": 3600.0, "s": 1.0, "min": 60.0}[den]
                fig.unit = "m/s"
                pos = rate.end()
            elif not (fig.unit == "seconds" and den in ("day", "week", "month", "year")):
                fig.unit = f"{fig.unit}/{den}"
                pos = rate.end()
    elif fig.unit == "times":
        rate = re.match(r"[ \u00a0]+(?:per|a|each|every)[ \u00a0]+(day|week|month|year|hour|minute|second)\b", text[pos:])
        if rate:
            fig.unit = f"times/{rate.group(1)}"
            pos += rate.end()
    fig.end = pos
    # bounds
    before = text[max(0, fig.start - 40) : fig.start]
    sym = _BOUND_SYMBOL_RE.search(before)
    if sym:
        symbol = sym.group(1)
        if symbol in _BOUND_SYMBOLS:
            fig.bound = _BOUND_SYMBOLS[symbol]
            fig.start = max(0, fig.start - 40) + sym.start()
    elif re.search(r"(?:^|[\s(])sub-$", before, re.IGNORECASE) and not re.match(r"[\d.,]+[ \u00a0]?[BMT]\b", text[fig.start :]):
        fig.bound = "<"  # "sub-300ms first-token latency"; "sub-1B models" are a class of models
    else:
        for pattern, bound in _BOUND_BEFORE_RE:
            if pattern.search(before):
                fig.bound = bound if not _OVER_AS_ACROSS_RE.search(before) else "="
                break
        if fig.bound != "=" and CONSENSUS_BEFORE_RE.search(before) and CONSENSUS_AFTER_RE.match(text, fig.end):
            fig.bound = "="
    after = text[fig.end : fig.end + 20]
    if "plus" in fig.notes:
        pass
    elif re.match(r"\+(?![\d\w])", after):
        fig.bound = ">="
        fig.end += 1
    elif _BOUND_AFTER_RE.match(after) and not after.startswith("+"):
        fig.bound = ">="
    elif _BOUND_AFTER_LE_RE.match(after):
        fig.bound = "<="
    elif fig.bound == "=" and re.match(r"[ \u00a0]+or[ \u00a0]+(?:so|thereabouts)\b", after):
        fig.bound = "~"  # "20 or so years"; "up to 500 or so" stays an upper bound
    return True


def _merge_ranges(text: str, figs: list[_Figure]) -> list[_Figure]:
    """Join 'X to Y', 'X-Y', 'between X and Y' into one figure with value_high, and '3 minutes and 32 seconds'
    into one duration."""
    out: list[_Figure] = []
    i = 0
    while i < len(figs):
        a = figs[i]
        if i + 1 < len(figs):
            b = figs[i + 1]
            gap = text[a.end : b.start]
            if re.fullmatch(r"[ \u00a0]?(?:\+/-|±)[ \u00a0]?", gap):
                if a.unit is None and b.unit is not None:
                    a.value = _apply_unit_factor(text, a, b, a.value)
                    a.unit, a.explicit_unit = b.unit, b.explicit_unit
                a.end = b.end
                out.append(a)
                i += 2
                continue
            if _compound_duration(text, a, b, gap):  # "3 minutes and 32 seconds": one duration
                a.value += b.value
                a.end = b.end
                out.append(a)
                i += 2
                continue
            is_dash = re.fullmatch(r"[ \u00a0]?[-–—][ \u00a0]?", gap) is not None
            if is_dash and (re.fullmatch(r"[ \u00a0]—[ \u00a0]", gap) or re.match(r"an?\b", text[b.start : b.end], re.IGNORECASE)):
                is_dash = False  # "$45 billion — a billion dollars more": a clause break, not a range
            is_to = re.fullmatch(r"[ \u00a0]+(?:to|and)[ \u00a0]+|[ \u00a0]*-[ \u00a0]*to[ \u00a0]+", gap) is not None
            if is_to and "and" in gap:
                is_to = re.search(r"\bbetween[ \u00a0]+(?:[$€£¥~]|about |around )?$", text[max(0, a.start - 20) : a.start], re.IGNORECASE) is not None
            changed = _FROM_BEFORE_RE.search(text[max(0, a.start - 24) : a.start]) is not None
            if changed and a.value == 0 and is_to and b.value > 0:
                i += 1  # "ARR went from zero to $200 million": where it started, not the low end of a range
                continue
            rate_of_a = (is_dash or is_to and not changed) and a.unit is not None and b.unit is not None and b.unit.startswith(a.unit + "/")  # "$1.49–$2.10/hr"
            same_kind = (a.unit is None or b.unit is None or a.unit == b.unit or rate_of_a) and not (
                a.unit in ("percent", "percentage points") and b.unit is None)  # "rose 3% to 245 million units": a change, then a level
            # "from 8,000 to 1.5 million GPUs": a low end written in full does not borrow the high end's scale
            written_high = _written_value(text, b) if b.scaled else None  # but "Rs 2,000-3,000 crore" shares the crore
            full_low = not a.scaled and b.scaled and a.kind == "digits" and abs(a.value) >= 1000 and (
                written_high is None or abs(a.value) > abs(written_high))
            if full_low and changed and is_to:
                out.append(a)  # a change from one level to another: two figures
                i += 1
                continue
            # "Mistral 7B to 10+ LLMs", "₩530 billion to five companies": a scaled figure does not run down to a bare one
            falls_short = a.scaled and not b.scaled and b.unit is None and b.value < a.value
            if (is_dash or is_to) and same_kind and not falls_short and a.kind != "multiplier" and b.kind != "multiplier":
                if is_dash and b.value < 0:
                    b.value = -b.value  # "5-7": the dash is not a minus sign
                low, high = a.value, b.value
                if rate_of_a:
                    a.unit = b.unit
                if a.unit is None and (b.unit is not None or b.scaled):
                    low = low if full_low else _apply_unit_factor(text, a, b, low)
                    a.unit, a.explicit_unit = b.unit, b.explicit_unit
                elif b.scaled and not a.scaled and not full_low:  # "$40-50 billion"
                    low = a.value * _scale_of(text, b)
                if high != low:
                    a.value, a.value_high = min(low, high), max(low, high)
                    a.end = b.end
                    if a.bound == "=":
                        a.bound = b.bound if b.bound != "=" else "="
                    a.scaled = a.scaled or b.scaled
                    out.append(a)
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


def _compound_duration(text: str, a: _Figure, b: _Figure, gap: str) -> bool:
    """'1 minute and 23 seconds', '2 hours 30 minutes': a duration in a larger unit, then the rest in a smaller one."""
    if not (a.unit == b.unit == "seconds" and a.value_high is None and b.value_high is None and a.kind == b.kind == "digits"):
        return False
    if not re.fullmatch(r"[ \u00a0]+(?:and[ \u00a0]+)?", gap):  # "3 years, 2 months, 14 days" is a list
        return False
    written = _written_value(text, a)
    return written is not None and written > 0 and written == int(written) and 0 < b.value < a.value / written


def _scale_of(text: str, fig: _Figure) -> float:
    """The scale factor written inside a figure's surface ('7 billion' -> 1e9)."""
    surface = text[fig.start : fig.end]
    for word, factor in (("quadrillion", 1e15), ("trillion", 1e12), ("billion", 1e9), ("million", 1e6), ("thousand", 1e3),
                         ("crore", 1e7), ("lakh", 1e5)):
        if word in surface.lower():
            return factor
    m = re.search(r"\d([bBmMtT][nN]|[kKMBTmb])(?![a-zA-Z])", surface)  # "2.5bn", "1.3Bn", "7B", "1m tokens"
    if m:
        return {"bn": 1e9, "mn": 1e6, "tn": 1e12, "k": 1e3, "m": 1e6, "b": 1e9, "t": 1e12}[m.group(1).lower()]
    return 1.0


def _written_value(text: str, fig: _Figure) -> float | None:
    """The number as written in a figure's surface, before scale and unit: '$1.5bn' -> 1.5."""
    m = re.search("(?:" + _POWER_OF_TEN + "|" + _DIGITS + ")" + _SCI + _X10, text[fig.start : fig.end])
    if m is None:
        return None
    return _parse_digits(m.group(0))  # "10^25" is 1e25 as written, not 10 scaled by 1e24


def _apply_unit_factor(text: str, low_fig: _Figure, high_fig: _Figure, low: float) -> float:
    """Give the low end of '8- to 16-meter' or '5-7 billion' the high end's scale and unit factor."""
    written = _written_value(text, high_fig)
    if written is None and high_fig.kind == "words":  # "two to five years", "two and three million users": spelled out
        number = re.split(r"(?i)\b(?:thousand|million|billion|trillion|lakhs?|crores?)\b", text[high_fig.start : high_fig.end])[0]
        spelled = _words_to_numbers(number)
        written = spelled[0][0] if spelled else None
    if not written or high_fig.value == 0:
        return low
    factor = high_fig.value / written
    if low_fig.scaled and high_fig.scaled:
        factor /= _scale_of(text, high_fig)
    return low * factor


def _share_units(text: str, figs: list[_Figure]) -> None:
    """'45 and 50 mg', '8B, 70B and 405B sizes': earlier bare figures take the last one's unit;
    '100 trillion tokens per month, or about 25 trillion per week': a restated figure keeps it."""
    for i in range(1, len(figs)):
        a, b = figs[i - 1], figs[i]
        if b.unit is None and a.unit is not None and b.scaled and a.kind != "multiplier" and re.fullmatch(
            r"[^.;:!?]{0,40}?,?[ \u00a0]+or[ \u00a0]+(?:about|around|roughly|nearly|some|approximately|"
            r"over|more than|up to|almost)?[ \u00a0]*", text[a.end : b.start]
        ):
            b.unit = a.unit
            b.notes.add("shared-unit")
    for i in range(len(figs) - 2, -1, -1):
        a, b = figs[i], figs[i + 1]
        gap = text[a.end : b.start]
        if a.unit is None and b.unit is not None and b.kind != "words" and b.kind != "multiplier" and (
            re.fullmatch(r",?[ \u00a0]+(?:and|or)[ \u00a0]+|,[ \u00a0]*", gap)
        ):
            if b.scaled and not a.scaled:
                continue
            a.unit = b.unit
            a.explicit_unit = b.explicit_unit
            if b.unit not in _SCALE_ONLY_UNITS:
                a.value = _apply_unit_factor(text, a, b, a.value) if not b.scaled else a.value
            a.notes.add("shared-unit")


_SCALE_ONLY_UNITS = {"parameters", "tokens", "users", "downloads", "accelerators", "count"}
_MODEL_PLURALS = {"weights", "checkpoints", "variants", "versions", "models", "llms", "sizes", "params", "experts", "moes"}

ARROW = r"(?:→|->|⟶)"  # "1,200 → 3,400 tokens/s", "120ms → 45ms": a before and after
# "773,000 downloads in March, then 811,000 in April", "1,200 tokens/s on Cerebras versus 80 on GPUs" (or "versus Opus's 80"),
# "reached 1.2 million, up from 400,000": a bare figure set against one with a unit measures the same thing
_PARALLEL_AFTER_RE = re.compile(
    r"[^.;:!?()\[\]]{0,45}?(?:,[ \u00a0]*(?:and[ \u00a0]+)?then\b[^.;:!?()]{0,20}?[ \u00a0]|"
    r"\b(?:versus|vs\.?|compared (?:with|to)(?:[ \u00a0]+the)?|up from|down from|rising to|falling to)[ \u00a0]+"
    r"(?:[A-Z][\w.-]*(?:[ \u00a0][A-Z0-9][\w.-]*)?['’]s[ \u00a0]+)?|,[ \u00a0]*from[ \u00a0]+|"
    r"\band[ \u00a0]+(?:then[ \u00a0]+)?(?:improv|increas|ris|grow|grew|climb|jump|drop|fall|fell|reduc|decreas|boost)\w*[ \u00a0]+to[ \u00a0]+|"
    r",[ \u00a0]*with[ \u00a0]+(?:an?[ \u00a0]+)?(?:estimated|further|another)[ \u00a0]+|[ \u00a0]*" + ARROW + r"[ \u00a0]*)"
    + _BOUND_WORDS + r"[ \u00a0]*$",
    re.IGNORECASE,
)
# "from around 1,500 to over 6,000 tokens": the start of a change takes the unit of its end
_FROM_BEFORE_RE = re.compile(r"\bfrom[ \u00a0]+" + _BOUND_WORDS + r"[ \u00a0]*$", re.IGNORECASE)
_CHANGE_TO_RE = re.compile(r"[ \u00a0]+to[ \u00a0]+" + _BOUND_WORDS + r"[ \u00a0]*$", re.IGNORECASE)
_VERSUS_RE = re.compile(r"[ \u00a0]*(?:vs\.?|versus)[ \u00a0]*", re.IGNORECASE)
_ARROW_RE = re.compile(r"[ \u00a0]*" + ARROW + r"[ \u00a0]*")
_LATER_TO_RE = re.compile(r"[^.;:!?()]{0,30}?[ \u00a0]to[ \u00a0]+" + _BOUND_WORDS + r"[ \u00a0]*", re.IGNORECASE)
# "weekly active users rose from 773,000 in March to 811,000": the unit named before the change
_NOUN_BEFORE_CHANGE_RE = re.compile(
    r"\b(?P<noun>[A-Za-z][\w-]*s)[ \u00a0]+(?:(?:have|has|had)[ \u00a0]+)?(?:rose|grew|jumped|climbed|increased|surged|soared|"
    r"doubled|tripled|fell|dropped|declined|decreased|went|reached|hit|topped|passed|crossed|exceeded|totall?ed|"
    r"stood at|rise|grow|reach|top)[ \u00a0]+(?:(?:from|to|at|past)[ \u00a0]+)?" + _BOUND_WORDS + r"[ \u00a0]*$",
    re.IGNORECASE,
)
# a count of chips named before the bare figure: "GPU count: 16,384", "India's GPU tally stands at about 50,000", "the
# number of GPUs deployed will exceed 50,000"
_CHIP_TALLY_LABEL_RE = re.compile(
    r"(?:\b(?:GPU|chip|accelerator|TPU)s?[ \u00a0]+(?:count|tally|fleet|inventory)|\bnumber[ \u00a0]+of[ \u00a0]+(?:[\w-]+[ \u00a0]+)?"
    r"(?:GPUs|chips|accelerators|TPUs))\b(?![ \u00a0]+per\b)(?:[ \u00a0]+[\w'’-]+){0,5}?[ \u00a0]*(?::|=|[ \u00a0](?:is|was|of|at|stands[ \u00a0]+at|"
    r"stood[ \u00a0]+at|reached|reach|crossed|cross|hit|exceeded|exceed|topped|top|passed|to))[ \u00a0]+"
    + _BOUND_WORDS + r"[ \u00a0]*$", re.IGNORECASE)
# "rose to 2.1 billion euros from 1.4 billion": the end of a change written first, its start after "from"
_CHANGED_TO_RE = re.compile(r"\b(?:rose|risen|grew|grown|jumped|climbed|increased|surged|soared|fell|fallen|dropped|declined|"
                            r"decreased|slipped|slid|shrank|rising|falling|growing|climbing)[ \u00a0]+to[ \u00a0]+" + _BOUND_WORDS
                            + r"[ \u00a0]*$", re.IGNORECASE)
_LATER_FROM_RE = re.compile(r"[^.;:!?()\[\]]{0,40}?[ \u00a0]from[ \u00a0]+" + _BOUND_WORDS + r"[ \u00a0]*", re.IGNORECASE)
_PARALLEL_UNITS = {"parameters", "tokens", "users", "downloads", "accelerators", "tokens/s", "GPU-hours"}


def _parallel_units(text: str, figs: list[_Figure]) -> None:
    """Bare digit figures that restate a change or comparison of a figure with a unit take its unit."""
    def bare(fig: _Figure) -> bool:
        return fig.unit is None and fig.kind == "digits" and fig.value_high is None and not re.match(
            r"[ \u00a0]*(?:%|percent|per ?cent|x\b|×|times\b|of\b|(?:other|new)\b|more\b(?!" + _MORE_ALONE + r"))", text[fig.end :],
            re.IGNORECASE) \
            and _counted_noun(text, fig.end) is None
    def same_scale(other: _Figure, fig: _Figure) -> bool:
        """Both scaled or both not; or the plain one written in full ('from 50,000 to 2 million GPUs')."""
        if other.scaled == fig.scaled:
            return True
        plain = fig if other.scaled else other
        return plain.kind == "digits" and abs(plain.value) >= 1000
    def parallel(other: _Figure, fig: _Figure) -> bool:
        """`other`'s unit carries over: a count of the same things, or a sum in the same currency, both scaled
        ("$61.5 billion, up from 18.4 billion"; not "$5 billion, up from 300")."""
        if other.unit in _PARALLEL_UNITS:
            return same_scale(other, fig)
        return other.unit in CURRENCIES and other.value_high is None and other.scaled and fig.scaled
    for i, fig in enumerate(figs):
        if not bare(fig):
            continue
        before = text[max(0, fig.start - 80) : fig.start]
        earlier = figs[i - 1] if i > 0 else None
        later = figs[i + 1] if i + 1 < len(figs) else None
        gap = text[earlier.end : fig.start] if earlier is not None else ""
        if earlier is not None and parallel(earlier, fig) and (_PARALLEL_AFTER_RE.match(gap) or _FROM_BEFORE_RE.search(
                text[max(0, earlier.start - 30) : earlier.start]) and _LATER_TO_RE.fullmatch(gap) or _CHANGED_TO_RE.search(
                text[max(0, earlier.start - 40) : earlier.start]) and _LATER_FROM_RE.fullmatch(gap)):
            fig.unit, fig.currency = earlier.unit, earlier.currency or fig.currency  # "... then 811,000"; "from 773,000 users in March to 811,000"
        elif later is not None and parallel(later, fig) and (_FROM_BEFORE_RE.search(before) \
                and _CHANGE_TO_RE.match(text[fig.end : later.start]) or _ARROW_RE.fullmatch(text[fig.end : later.start])):
            fig.unit, fig.currency = later.unit, later.currency or fig.currency
        elif later is not None and later.unit is not None and later.explicit_unit and later.currency is None and not (
                fig.scaled or later.scaled or later.value_high is not None) and _VERSUS_RE.fullmatch(text[fig.end : later.start]):
            fig.value = _apply_unit_factor(text, fig, later, fig.value)  # "(312 vs 989 TFLOPS)": both in teraflop/s
            fig.unit, fig.explicit_unit = later.unit, True
        else:
            noun = _NOUN_BEFORE_CHANGE_RE.search(before)
            word = noun.group("noun").lower() if noun else ""
            found = _match_unit(word, 0)
            if found is not None and found[0] in _PARALLEL_UNITS and found[2] == len(word):
                fig.unit = found[0]
            elif _CHIP_TALLY_LABEL_RE.search(before):
                fig.unit = "accelerators"  # "GPU count: 16,384", "the number of GPUs in India will soon exceed 50,000"
            elif (sole := _sole_chip_or_token_unit(text, figs, fig)) is not None:
                fig.unit = sole
            else:
                continue
        fig.notes.add("shared-unit")


_SENTENCE_END_RE = re.compile(r"[.!?][\"”’)\]]*\s+(?=[A-Z0-9\"“(\[])|\n")


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence holding text[start:end]: rules and the count judgement read one sentence, even
    where `pipeline.claims` hands over a whole article."""
    lo = 0
    for m in _SENTENCE_END_RE.finditer(text, max(0, start - 600), start + 1):
        lo = m.end()
    nxt = _SENTENCE_END_RE.search(text, end)
    return lo, nxt.start() + 1 if nxt else len(text)


# "will add 10,000 more.", "10,000 more by June": "more" with no noun of its own after a figure
_MORE_ALONE = r"(?=[ \u00a0]*(?:[,;:)\]—–]|\.(?!\d)|$)|[ \u00a0]+(?:in|by|for|to|within|from|next|this|over|later|soon|are|will|would)\b)"
_TALLY_BEFORE_RE = re.compile(
    r"\b(?:(?:goal|target|total|tally|count)[ \u00a0]+of|then|exceed\w*|approximately|adding|additional|another)"
    r"[ \u00a0]*[>~]?$",
    re.IGNORECASE)


# chips only: "with plans to grow to 40,000", "expects to ship 2 million", "and 256 for evaluation", "roughly 4,000"
_CHIP_TALLY_BEFORE_RE = re.compile(
    r"\b(?:(?:grow|grew|grown|expand\w*|doubl\w*|tripl\w*|rais\w*|increas\w*|bring\w*|reach\w*|scal\w*)[ \u00a0]+"
    r"(?:(?:it|them|that)[ \u00a0]+)?to|ship|ships|shipped|shipping|buy|buys|bought|order\w*|deploy\w*|add|adds|added|and)"
    r"(?:[ \u00a0]+(?:roughly|about|nearly|some|around|another))?[ \u00a0]*[>~]?$",
    re.IGNORECASE)
_TALLY_END_RE = re.compile(
    r"[ \u00a0]*(?:[,;:)\]—–]|\.(?!\d)|$)|[ \u00a0]+(?:in|by|for|to|within|from|already|are|is|was|were|will|would|this|next|"
    r"last)\b|[ \u00a0]+more" + _MORE_ALONE)


# a figure after a date, a span or a count of people is not chips though chips came before ("installed between June 10 and 24")
_NOT_CHIPS_BEFORE_RE = re.compile(r"\b(?:between|from|Jan\w*|Feb\w*|Mar(?:ch)?|Apr\w*|May|June?|July?|Aug\w*|Sep\w*|Oct\w*|Nov\w*|Dec\w*|"
                                  r"headcount|staff|employees|workers|workforce|engineers|researchers|users|customers|price|shares?|stock|revenue)\b")


def _sole_chip_or_token_unit(text: str, figs: list[_Figure], fig: _Figure) -> str | None:
    """'38,000 GPUs ... its original goal of 10,000': a bare figure after a tally word, in a sentence whose only counted
    things are chips (or tokens), counts those; for chips also a plain or scaled figure after a verb of growth, shipping or
    buying ('22,000 H100s, with plans to grow to 40,000', 'shipped 1.5 million H100s and expects to ship 2 million')."""
    surface = text[fig.start : fig.end]
    full = re.fullmatch(r"\d{1,3}(?:,\d{3})+", surface) is not None
    plain = re.fullmatch(r"\d{2,7}|\d[\d.]*[ \u00a0](?:million|billion)", surface) is not None and not re.fullmatch(
        r"(?:19|20)\d\d", surface)  # never a year
    if not (full or plain) or not _TALLY_END_RE.match(text, fig.end):
        return None  # but "1,000 NVL72 racks", "9,472 AMD Epyc CPUs": other things
    before = text[max(0, fig.start - 40) : fig.start]
    lo, hi = sentence_around(text, fig.start, fig.end)
    units = {f.unit for f in figs if f is not fig and lo <= f.start < hi and f.unit in _PARALLEL_UNITS}
    if len(units) != 1 or not units <= {"accelerators", "tokens"}:
        return None
    unit = next(iter(units))
    if full and _TALLY_BEFORE_RE.search(before):
        return unit
    # "which employs 4,500 in Taiwan" has no such verb; a later chip figure alone takes the unit (not "on 64 runs")
    earlier = [f for f in figs if lo <= f.start and f.end <= fig.start and f.unit != "seconds" and f.kind != "words"
               and not re.fullmatch(r"(?:199\d|20[0-3]\d)", text[f.start : f.end])]
    if unit == "accelerators" and _CHIP_TALLY_BEFORE_RE.search(before) and earlier and earlier[-1].unit == "accelerators" \
            and not _NOT_CHIPS_BEFORE_RE.search(before):
        return unit  # the figure just before is the chips' own, not a list of other things ("LoRA ranks of 16 and 64")
    return None


_MODEL_SIZE_NOUN_RE = re.compile(
    r"[ \u00a0-]+(?:(?:[A-Z][\w.-]*|\w*\d[\w.-]*)[ \u00a0]+){0,3}?(?:models?|checkpoints?|variants?|versions?|sizes?|LLMs?|"
    r"MoE|dense|base|instruct|chat|parameters?|params?|language models?)\b"
)


_LINK_RE = re.compile(
    r"\[([^\[\]\n]{1,200})\]\((?:[^()\s]|\([^()\s]*\))*\)|\*\*"
    r"|\$(\d[\d.,]*)(?:\\(%))?\$|\\(?=%)"  # LaTeX from paper abstracts: "$560$-billion", "97.1\\%", "$66.7\\%$"
)
_LATEX_NUMBER_RE = re.compile(r"\$\d[\d.,]*(?:\\%)?\$|\\%|\\times\s*\$|\\times\s*10\^|\$\\sim\$")
# "$1.3\times10^{9}$ parameters": a number in scientific notation; "$\sim$2.1M samples": about
_LATEX_SCI_RE = re.compile(r"\$(\d+(?:\.\d+)?)\s*\\times\s*(10)\^\{?(-?\d{1,2})\}?\$|\$(\\sim)\$")
# "$10\times$", "$2-3\times$", "$100 \sim 200\times$": a multiplier in LaTeX
_LATEX_TIMES_RE = re.compile(r"\$(\d[\d.,]*)(?:\s*(-|–|\\sim)\s*(\d[\d.,]*))?\s*(\\times)\s*\$|\$(\\times)\$(?=\s?[A-Z])")


def _kept_pieces(text: str) -> Iterator[tuple[str, int]]:
    """What `strip_marks` keeps of `text`, as (piece, offset of its first character) in order."""
    edits = sorted([*_LINK_RE.finditer(text), *_LATEX_TIMES_RE.finditer(text), *_LATEX_SCI_RE.finditer(text)],
                   key=lambda m: m.start())
    pos = 0
    for m in edits:
        if m.start() < pos:
            continue  # inside an edit already made
        yield text[pos : m.start()], pos
        if m.re is _LATEX_SCI_RE:
            if m.group(4):
                yield "~", m.start(4)
            else:
                yield m.group(1), m.start(1)
                yield "e", m.start(2)  # "1.3e9", each character on its own in the source
                yield m.group(3), m.start(3)
        elif m.re is _LATEX_TIMES_RE:
            if m.group(5):
                yield "×", m.end(5) - 1  # "8$\\times$A100": eight chips
            else:
                yield m.group(1), m.start(1)
                if m.group(3):
                    yield "-", m.start(2)
                    yield m.group(3), m.start(3)
                yield "×", m.end(4) - 1  # the sign sits on the command's last letter, so the surface ends "\times"
        else:
            for group in (1, 2, 3):  # the link's words, not its address; the number, not its dollar signs
                if m.group(group) is not None:
                    yield m.group(group), m.start(group)
        pos = m.end()
    yield text[pos:], pos


def strip_marks(text: str) -> tuple[str, list[int] | None]:
    """Markdown bold marks and link targets removed ('**800** tok/s' reads '800 tok/s', '6144
    [H100](https://...) GPUs' reads '6144 H100 GPUs'), and LaTeX around numbers ('$400$B', '97.1\\%',
    '$10\\times$'), with each kept character's offset in `text` (and one past the end), or None when there were none."""
    if "**" not in text and "](" not in text and not _LATEX_NUMBER_RE.search(text):
        return text, None
    kept: list[str] = []
    where: list[int] = []
    for piece, at in _kept_pieces(text):
        kept.append(piece)
        where.extend(range(at, at + len(piece)))  # a sign put in for a command ("×" for "\\times") sits on one character
    where.append(len(text))
    return "".join(kept), where


_GLUED_WORD_RE = re.compile(
    r"(?<![\w.-])(?:its|their|and|of|with|to|the|at|by|for|from|over|about|around|nearly|than|under|only|just|roughly|"
    r"approximately|reached|raised|costs?)(?=[$€£¥]?\d)"
)


def _unglued(text: str) -> tuple[str, list[int]] | None:
    """`text` with a space after a small word glued to a figure ('its80GB'), and each character's offset in `text`;
    None when no word is glued."""
    found = list(_GLUED_WORD_RE.finditer(text))
    if not found:
        return None
    parts: list[str] = []
    where: list[int] = []
    pos = 0
    for m in found:
        parts += [text[pos : m.end()], " "]
        where += [*range(pos, m.end()), m.end()]
        pos = m.end()
    parts.append(text[pos:])
    where += [*range(pos, len(text)), len(text)]
    return "".join(parts), where


def parse_quantities(text: str) -> list[Quantity]:
    """All quantities in `text`, left to right, with character offsets into `text`."""
    if not text or not any(map(str.isdigit, text)) and not _HAS_WORD_NUMBER.search(text) and not _SHARE_RE.search(text):
        return []
    dashed = _FOOTNOTE_AFTER_SCALE_RE.sub(lambda m: " " * len(m.group()), _TILDE_RANGE_RE.sub("-", text.translate(_HYPHENS)))
    dashed = _FOOTNOTE_AFTER_NOUN_RE.sub(lambda m: m.group(1) + " " * len(m.group(2)), dashed)
    if dashed != text:  # "1‑trillion‑parameter": same length, so offsets hold; surfaces as written
        return [Quantity(q.value, q.value_high, q.unit, text[q.start : q.end], q.start, q.end, q.bound)
                for q in parse_quantities(dashed)]
    spaced = _unglued(text)
    if spaced is not None:  # "with its80GB of memory and3.35 TB/s": a space lost where markup was stripped
        wide, at = spaced
        return [Quantity(q.value, q.value_high, q.unit, text[at[q.start] : at[q.end - 1] + 1], at[q.start], at[q.end - 1] + 1,
                         q.bound) for q in parse_quantities(wide)]
    clean, where = strip_marks(text)
    if where is None:
        return _parse(text)
    out = []
    for q in _parse(clean):
        start, end = where[q.start], where[q.end - 1] + 1
        out.append(Quantity(q.value, q.value_high, q.unit, text[start:end], start, end, q.bound))
    return out


_JAPAN_RE = re.compile(r"\bjapan\w*|\btokyo\b|\bosaka\b|\bsoftbank\b|\bsakana\b|\bsakura internet\b|\bpreferred networks\b|\bplamo\b|"
                       r"\bkddi\b|\bntt\b|\bfujitsu\b|\bnec\b|\brakuten\b|\bhitachi\b|\bsony\b|\btoyota\b|\bline ?yahoo\b|\belyza\b|"
                       r"\bfugaku\b|\bmeti\b|\bnikkei\b|\babeja\b|\brapidus\b|\bkioxia\b", re.IGNORECASE)
_CHINA_RE = re.compile(r"\bchin(?:a|ese)\b|\bbeijing\b|\bshanghai\b|\bshenzhen\b|\bhangzhou\b|\byuan\b|\brmb\b|\bbaidu\b|"
                       r"\balibaba\b|\btencent\b|\bbytedance\b|\bhuawei\b", re.IGNORECASE)
_RATE_DENOMINATOR_RE = re.compile(r"(?:\bper|/)[ \u00a0]*$", re.IGNORECASE)


def _rate_denominator(text: str, fig: _Figure) -> bool:
    """'per 1M input tokens', '/ 1K tokens', '$10 per 1,000 requests', '5 per 100,000 people': the round
    amount a price or a rate is quoted for, not a figure of its own."""
    if _RATE_DENOMINATOR_RE.search(text[max(0, fig.start - 8) : fig.start]) is None or fig.bound != "=":
        return False
    if (fig.unit or "").split("/")[0] in CURRENCIES or fig.unit in ("percent", "seconds"):
        return False
    surface = re.split(r"[ \u00a0](?![KMBkmb]\b|thousand\b|million\b|billion\b)", text[fig.start : fig.end].strip())[0]
    return re.fullmatch(r"(?:1(?:0{1,2})?(?:,000)*|10{3,}|one|a)[ \u00a0]?(?:[KMBkmb]|thousand|million|billion)?|"
                        r"(?:ten|a[ \u00a0]+hundred|one[ \u00a0]+hundred|a[ \u00a0]+thousand|one[ \u00a0]+thousand)", surface) is not None


def _spread_over(text: str, sum_before: _Figure, fig: _Figure) -> bool:
    """'$2 billion over four years': a span of years a sum just before it is spread over (not 'for over three years')."""
    return re.search(r"\bover[ \u00a0]+$", text[max(0, fig.start - 6) : fig.start]) is not None \
        and re.search(r"(?:years?|months?|decades?|quarters?)$", text[fig.start : fig.end]) is not None \
        and (sum_before.unit or "").split("/")[0] in CURRENCIES and re.fullmatch(
            r"(?:[ \u00a0]+(?!after\b|for\b|since\b|than\b|in[ \u00a0]+the[ \u00a0]+past\b)[\w'’-]+){0,6}[ \u00a0]+over[ \u00a0]+",
            text[sum_before.end : fig.start]) is not None


_OR_ONLY_RE = re.compile(r"(?:[ \u00a0]+[a-z]+){0,2}?,?[ \u00a0]+or[ \u00a0]+")  # "... million or ", "... characters or "


def _parse(text: str) -> list[Quantity]:
    figs = _find_figures(text)
    kept: list[_Figure] = []
    for fig in figs:
        if fig.kind == "words" and not _keep_word_number(text, fig):
            continue
        if not _attach_context(text, fig):
            continue
        if _is_year(fig, text):
            continue
        if fig.kind == "digits" and not (fig.explicit_unit or fig.scaled) and _follows_name(text, fig.start):
            continue
        if fig.kind == "digits" and re.fullmatch(r"\d{1,3}[a-z]", text[fig.start : fig.end]) and \
                _previous_word(text, fig.start)[0].lower().rstrip(".") in _NAME_NUMBER_WORDS:
            continue  # "see Fig. 4b", "Table 2b": a figure's or table's label, not 4 billion
        if fig.kind == "digits" and fig.unit in ("users", "accelerators") and _names_a_product(text, fig):
            continue
        if _is_card_model(text, fig):
            continue
        if re.search(r"\b(?:Ascend|Kunlun)[ \u00a0]+$", text[max(0, fig.start - 10) : fig.start]):
            continue  # "Ascend 910B NPUs": Huawei's chip, not 910 billion of them
        kept.append(fig)
    kept = _merge_ranges(text, kept)
    for fig in kept:
        if fig.unit is None:
            fig.unit = _implicit_unit(text, fig)
    _share_units(text, kept)
    _parallel_units(text, kept)
    yen_word = re.search(r"\byen\b", text, re.IGNORECASE) is not None
    china = _CHINA_RE.search(text) is not None
    quantities: list[Quantity] = []
    for i, fig in enumerate(kept):
        unit = fig.unit or "count"
        if unit.split("/")[0] == "CNY" and "¥" in text[fig.start : fig.end] and (yen_word or not china and _JAPAN_RE.search(
                text[max(0, fig.start - 100) : fig.end + 100])):
            unit = "JPY" + unit[3:]  # "¥20 billion from Japanese banks": yen, not yuan (but not in a story about China)
        if _rate_denominator(text, fig):
            continue  # "$0.40 per 1M input tokens": the amount a price is quoted for, not a figure
        if unit == "seconds" and fig.bound == ">" and i > 0 and _spread_over(text, kept[i - 1], fig):
            fig.bound = "="  # "$2 billion over four years": the years it is spread over, not more than four
        elif fig.bound == "=" and quantities and quantities[-1].bound != "=" and _OR_ONLY_RE.fullmatch(text, quantities[-1].end, fig.start):
            fig.bound = quantities[-1].bound  # "up to €35 million or 7% of turnover", "about 4 characters or 0.75 words"
        end = fig.end
        value = fig.value
        high = fig.value_high
        if not math.isfinite(value) or (high is not None and not math.isfinite(high)):
            continue
        quantities.append(
            Quantity(
                value=_clean(value), value_high=_clean(high) if high is not None else None,
                unit=unit, surface=text[fig.start:end], start=fig.start, end=end, bound=fig.bound,
            )
        )
    return quantities


_HAS_WORD_NUMBER = gated(re.compile(
    r"\b" + _WORD_NUMBER + r"(?:\b|-?fold\b)|\b(?:twice|double|triple|quadruple|dozen)\b|\b(?:doubl|tripl|quadrupl)(?:ed|es|ing)\b|[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|"
    r"\ban?[ \u00a0]+(?:second|millisecond|minute)\b", re.IGNORECASE
))


def _implicit_unit(text: str, fig: _Figure) -> str | None:
    """Unit of a figure written without one: the counted noun, 'parameters' for '7B model', or None."""
    paren = re.match(r"[ \u00a0]*\([^()]{1,30}\)", text[fig.end :])
    if paren:  # "2.56×10²⁴ (2.56e24) FLOPs": the unit follows the restatement
        found = _match_unit(text, fig.end + paren.end())
        if found:
            fig.value *= found[1]
            fig.explicit_unit = True
            return found[0]
    size = _MODEL_SIZE_NOUN_RE.match(text, fig.end)
    noun = _counted_noun(text, fig.end)
    either = _OR_SO_RE.match(text, fig.end)
    if noun is None and either:  # "10,000 or more GPUs", "500 or so users": the noun follows the bound
        noun = _counted_noun(text, either.end())
        if noun is not None and not noun[0].endswith("s"):
            noun = None  # "16,000 or more used elsewhere": a verb, not what is counted
    lower_size = re.search(r"\d[mb]$", text[fig.start : fig.end]) is not None  # "a 125m model", "160m, 410m and 1b models"
    if fig.scaled and fig.kind == "digits" and (re.search(r"\d[BMT]$", text[fig.start : fig.end]) or lower_size and size):
        if noun is not None and noun[0] in _SCALE_ONLY_UNITS | {"GPU-hours"}:
            return noun[0]
        if size:
            return "parameters"
        if re.match(r"[ \u00a0-]+(?:context|sequence)[ \u00a0-](?:length|window)\b", text[fig.end :]):
            return "tokens"  # "1M context length"
        if re.search(r"\d[BT]$", text[fig.start : fig.end]) and re.match(
                r"[ \u00a0]+(?:(?!(?:models?|teachers?|students?|encoders?|decoders?|the|a|an|our|its|their|on|with|alongside|of|in|for)\b)"
                r"[a-z][\w-]*[ \u00a0]+(?:and[ \u00a0]+)?){0,4}?(?:corpus|corpora|dataset)\b", text[fig.end :]) and not re.search(
                r"-(?:rows?|pairs?|images?|samples?|examples?|documents?)\b|\b(?:rows?|pairs?|images?|samples?|examples?|documents?)[ \u00a0]",
                text[fig.end : fig.end + 40]):
            return "tokens"  # "a 3T pre-training dataset", "a 9.5B high-quality math corpus": a corpus's size is counted in tokens
        if noun is not None and re.fullmatch(r"[a-z]{3,}s", noun[0]) and noun[0] not in _MODEL_PLURALS:
            return noun[0]  # "~200M examples", "1.4M images": the things counted, not a model's parameters
        return None
    if noun is not None:
        rate = _RATE_RE.match(text, noun[1])
        if rate:  # "60 requests per minute"
            den = _RATE_NAMES.get(rate.group(1), rate.group(1))
            return f"{noun[0]}/{den}"
        return noun[0]
    return None


_CHIPS_AFTER_TIMES_RE = re.compile(
    # "a 16 x 3090 setup": a GeForce number after a spaced times sign and a count of one or two digits
    # "4x 80GB GPUs": a memory size may stand before the chip
    rf"[ \u00a0]*(?:\d{{2,3}}[ \u00a0]?GB?[ \u00a0]+)?(?:(?:NVIDIA|Nvidia|NVidia|AMD|Intel|Google)[ \u00a0]+)?(?:{_CHIP_MODEL_WORD}|{_GLUED_CARD}|TPUs?|GPUs?"
    rf"|(?:(?<=(?<![\d.,])\d[ \u00a0][x×*][ \u00a0])|(?<=(?<![\d.,])\d\d[ \u00a0][x×*][ \u00a0]))(?:RTX[ \u00a0]?)?{_CONSUMER_CARD_NUMBER}(?:[ \u00a0]?Ti)?s?)(?!\w|\.\w)"
    r"(?![ \u00a0]+(?:performance|speed|compute|throughput|efficiency|bandwidth|memory|faster|slower|more|less|better)\b)"
)
_CHIP_LINES = {"rtx", "gtx", "geforce", "radeon", "quadro", "rx", "instinct", "gaudi"}
_NUMBERED_CHIPS = {"trainium", "inferentia", "gaudi", "maia", "ascend"}  # "Trainium 2 chips", "Gaudi 3 accelerators"


def _names_a_product(text: str, fig: _Figure) -> bool:
    """'Microsoft 365 users', 'the Trinium 2 chip', 'Ascend 910B chips': the digits name a product or a chip."""
    raw = text[fig.start : fig.end]
    number = re.match(r"[\d.,]+[A-Z]?", raw)
    if number is None:
        return False
    if fig.scaled and re.fullmatch(r"\d{3}[A-Z]", number.group(0)) and re.search(r"\bchips?|\bprocessors?", raw):
        return True  # "300,000 Ascend 910B chips": a chip's model number with a letter, not 910 billion chips
    if fig.scaled or "," in number.group(0) or "." in number.group(0):
        return False
    if fig.unit == "accelerators" and _previous_word(text, fig.start)[0].lower() in _NUMBERED_CHIPS:
        return True  # "500,000 Trainium 2 chips": the chip's generation, not two chips
    if fig.unit == "accelerators" and fig.value > 1 and re.search(r"\b(?:chip|GPU|TPU|accelerator)$", raw) and not re.match(
            r"[ \u00a0-]+(?:servers?|nodes?|setups?|clusters?|systems?|machines?|boxes|instances?|pods?|racks?|configurations?)\b",
            text[fig.end :]):
        return _follows_name(text, fig.start)  # "the Trinium 2 chip"; but "an 8 GPU server"
    return fig.unit == "users" and _follows_name(text, fig.start)  # "Microsoft 365 users"


def _is_card_model(text: str, fig: _Figure) -> bool:
    """"an NVIDIA RTX 4090 GPU", "two 4090 GPUs": a card's model number, not 4,090 cards."""
    if fig.kind != "digits" or fig.scaled or fig.unit not in (None, "accelerators"):
        return False
    number = text[fig.start : fig.end].split()[0]
    if re.fullmatch(r"\d{3,5}", number) is None:
        return False
    if _previous_word(text, fig.start)[0].lower() in _CHIP_LINES:
        return True
    if re.fullmatch(_CONSUMER_CARD_NUMBER, number) is None:
        return False
    if re.search(r"(?<![\d.,])\d{1,2}[ \u00a0]?[x×*][ \u00a0]?$", text[max(0, fig.start - 6) : fig.start]):
        return True  # "a 16 x 3090 setup": the card counted before it
    if _previous_word(text, fig.start)[0].lower() == "nvidia":
        return True  # "we use Nvidia 3090 GPUs": the maker's card, not 3,090 of them
    if re.match(r"[ \u00a0]?(?:Ti|SUPER|Super)\b", text[fig.start + len(number) :]):
        return True  # "an RTX 5070 Ti + 5060 Ti setup": a card's name with its suffix
    card = re.match(r"(?:[ \u00a0]?Ti)?[ \u00a0]+(GPUs?|graphics|cards?)\b", text[fig.start + len(number) :])
    if card is None:
        return False
    # one card, named ("the 2080 GPU launched in 2018"), or a consumer card's number after a count or a size
    # ("Two 4090 GPUs", "a 16GB laptop 4090 GPU")
    return not card.group(1).endswith("s") or re.search(
        r"(?:\b(?:a|an|one|two|three|four|eight|single|laptop|desktop|mobile|consumer|\d+\s?x?|\d+\s?GB)|[Xx×*])[ \u00a0]*$",
        text[max(0, fig.start - 20) : fig.start], re.IGNORECASE) is not None


def _keep_word_number(text: str, fig: _Figure) -> bool:
    """Spelled-out 'one' is mostly a pronoun ('one of the'); keep it only when it counts something. A
    capitalised number word inside a sentence is part of a name."""
    written = text[fig.start : fig.end]
    if written[:1].isupper() and " " not in written and re.search(r"\w[,;]?[ \u00a0]+$", text[max(0, fig.start - 20) : fig.start]) and re.match(
            r"[ \u00a0]+[A-Z][a-z]+[ \u00a0]+(?:[A-Z][a-z]|by[ \u00a0]+[A-Z])", text[fig.end :]):
        return False  # "the Three Mile Island plant", "at Four Points by Sheraton": a capital inside a sentence starts a name
    if written[:1].isupper() and " " not in written and re.search(r"\w[ \u00a0]+[A-Z][a-z]+[ \u00a0]+$", text[max(0, fig.start - 30) : fig.start]) \
            and not _title_case(text):
        return False  # "and Project Eleven landing $20 million": a capitalised number after a capitalised word ends a name
    surface = written.lower()
    if surface not in ("one", "a", "an"):
        return True
    after = text[fig.end : fig.end + 25].lower()
    before = text[max(0, fig.start - 12) : fig.start].lower()
    if re.match(r"[ \u00a0]+(?:of|another|or|and|such|which|that|who|day|time|thing|way)\b|-", after):
        return False
    if re.search(r"\b(?:the|this|that|no|any|every|each|which|a|only|someone|everyone|anyone)[ \u00a0]+$", before):
        return False
    return not (re.match(r"[ \u00a0]*[.,;:!?)]", after) or not after.strip())


def _title_case(text: str) -> bool:
    """A headline in title case ('OpenAI Hires Five Engineers'), where capitals mark no names."""
    words = re.findall(r"\b[A-Za-z][a-z]{3,}\b", text)
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _clean(value: float) -> float:
    """Round away float noise from unit factors (0.1 * 3 -> 0.3)."""
    if value == 0:
        return 0.0
    return float(f"{value:.12g}")
