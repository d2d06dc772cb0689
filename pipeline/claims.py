"""Sentences -> claims: the figures a fact-checker would record, with who they are about.

Quantities come from the cheap rule-based pass (`pipeline.quantities`); only text that holds a
candidate figure or a comparative phrase goes through spaCy, whose parse picks the subject, the
clause that gives a figure its metric, period and hedging, and the attribution.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.count_model import CountSeen, decide_count, judge_count
from pipeline.entities import VARIANT_WORDS, canonical_entity, known_spelling, lookup_entity
from pipeline.metric_model import collecting_figures, figure_vectors, guess_metric, note_figure
from pipeline.models import Claim, Quantity
from pipeline.quantities import (
    ARROW,
    CONSENSUS_BEFORE_RE,
    CURRENCIES,
    POINT_IN_TIME_AFTER,
    is_opening_verb,
    parse_quantities,
    strip_marks,
    unit_factor,
)
from pipeline.regex_gate import gated
from pipeline.subject_model import (
    SubjectOption,
    bucket,
    choose_subject,
    combine,
    name_features,
    name_key,
    note_options,
    sentence_features,
    sentence_flags,
)

CLAIMS_VERSION = "62"
MAX_TEXT_CHARS = 20_000  # longer texts are split at sentence ends before parsing

log = logging.getLogger(__name__)

CLAIM_METRICS = {
    "tokens_processed", "training_tokens", "parameters", "active_parameters", "context_length", "benchmark_score",
    "price_per_million_tokens", "training_compute", "gpu_hours", "accelerator_count", "chip_performance", "power",
    "energy", "funding", "valuation", "revenue", "spending", "users", "downloads", "market_share", "growth",
    "throughput", "latency", "other",
}
CLAIM_UNITS = {
    "tokens", "parameters", "percent", "USD", "CNY", "EUR", "FLOP", "FLOP/s", "GPU-hours",
    "accelerators", "W", "Wh", "users", "downloads", "tokens/s", "seconds", "points", "count", "other",
}
_PHYSICAL_UNITS = {
    "m", "m2", "m3", "kg", "bytes", "bits", "Hz", "eV", "°C", "°F", "K", "Gy", "bit/s", "m/s",
    "degrees", "times", "J", "tCO2e",
}
# money outside the claim vocabulary's USD, CNY and EUR: its unit is "other"
_OTHER_CURRENCIES = (CURRENCIES - {"USD", "CNY", "EUR"}) | {"shillings", "dirhams", "riyals", "pesos", "lira"}
_PERIOD_OF_RATE = {"day": "day", "week": "week", "month": "month", "year": "year", "hour": "hour"}
_SUBJECT_LABELS = {
    "AI_MODEL", "ORG", "CHIP", "GPE", "PRODUCT", "PERSON", "FAC", "NORP", "WORK_OF_ART", "LOC", "BENCHMARK",
}
# Subject words that name nothing by themselves: pronouns read from context, bare nouns give no name.
_PRONOUN_SUBJECTS = {
    "it", "its", "they", "them", "we", "our", "us", "he", "she", "this", "that", "which", "who",
    "these", "those", "one", "what",
}
_GENERIC_SUBJECTS = _PRONOUN_SUBJECTS | {
    "company", "firm", "startup", "model", "models", "group", "business", "lab", "chipmaker", "maker",
    "giant", "platform", "service", "i", "you", "there", "companies", "firms", "startups", "people",
}
_RELATIVE = {"that", "which", "who", "whom"}

# ------------------------------------------------------------------------------------------
# Cheap tests that decide whether a sentence needs the parser
# ------------------------------------------------------------------------------------------

_QUALITATIVE_RE = gated(re.compile(
    r"\b(?:surpass(?:es|ed|ing)?|outperform(?:s|ed|ing)?|outpac(?:es|ed|ing)|overt(?:akes?|ook|aking)|"
    r"beats?|beating|leapfrog(?:s|ged)?|superior|unmatched|unprecedented|record-(?:breaking|setting)|"
    r"state-of-the-art|best-in-class|(?:world|industry)-leading|"
    r"(?:the|world'?s|its|our|their|china'?s|america'?s) (?:very )?(?:first|largest|biggest|fastest|"
    r"most (?:powerful|advanced|capable|efficient|popular|intelligent)|best|cheapest|strongest|"
    r"leading|smartest)\b(?! (?:time|half|quarter|day|week|month|year|step|round|thing|part|of|way|place|"
    r"season|game|episode|few|two|three|and|or|thing|way|ways|part|course)\b))",
    re.IGNORECASE,
))

# ------------------------------------------------------------------------------------------
# Context vocabularies (lower-case text around a figure)
# ------------------------------------------------------------------------------------------

_PRICE_RE = re.compile(
    r"(?:per|for|/|every|each|\b(?:cost|price)s?\s+of\s+(?:processing|generating|producing)?)\s*(?P<n>1|one|a)?\s*(?P<scale>million|m\b|mn\b|mln\b|1,000,000|100,000|100000|100k\b|10,000|10000|10k\b|ten thousand|thousand|1,000|1000|1k|k\b)\s*"
    r"(?:\w+\s+){0,2}tok(?:ens?)?\b|per[ -](?:input |output )?token\b|/\s*m\s*tok|/mtok|per\s+mtok|per\s+1m\b(?!\s+(?:characters|chars|requests|queries|searches|images|pages|calls|minutes|seconds|users|words)\b)|"
    r"(?:/|per\s+)(?:1\s*)?(?:million|m)\s+(?:for\s+)?(?:input|output)\b|"
    r"\$\s*\d[\d.]*\s*/\s*1m\b(?!\s*(?:users|people|views|visits|subscribers|requests|impressions))"  # "cached inputs ($0.50/1M)"
)
# "input tokens now cost $0.435 per million", "processing one million input tokens with GPT-4 cost $30": already per million
_PRICE_PER_MILLION_RE = re.compile(
    r"\btok(?:ens?)?\b[^.;]{0,40}?\b(?:costs?|priced|pric(?:e|es|ing))\b(?:[^.;]|(?<=\d)\.(?=\d)){0,30}?(?:per|/)\s*(?:1\s*)?(?:million|m)\b(?!\s+(?:users|people|impressions|views|visits|readers|subscribers|requests))|"
    r"\b(?:one|1|a) million (?:[\w-]+\s+){0,2}?tokens\b[^.;]{0,40}?\bcosts?\b"
)
_TOKEN_PRICE_HINT_RE = re.compile(r"\bprice|\bpriced|\bpricing|\bcosts?\b|\bcharg|\brate\b|\bapi\b")
_GROWTH_RE = gated(re.compile(
    r"\b(?:rose|rise[sn]?|rising|grew|grow(?:s|n|ing|th)?|increas\w*|jump\w*|climb\w*|surg\w*|soar\w*|collaps\w*|rebound\w*|"
    r"gain\w*|up|down|fell|fall(?:s|ing)?(?!\s+(?:within|into|in|under|between|outside|short)\b)|drop\w*|declin\w*|decreas\w*|plung\w*|doubl\w*|tripl\w*|"
    r"year-over-year|year-on-year|yoy|y/y|boost\w*|expan\w*|spike\w*|leap\w*|higher|lower|dip\w*|slump\w*|slid|"
    r"slide|add(?:ed|s)?|lost|shed|tumbl\w*|sank|sink\w*|rall\w*|decrease)\b"
))
# ("an AI user share of 19.34 percent" is the part of a population using AI, not a market's share)
_SHARE_RE = gated(re.compile(r"(?<!ai user )(?<!ai usage )(?<!adoption )(?<!per )\bshare\b(?<!\ba share)(?!\s+(?:prices?|count|buybacks?|repurchases?|sales?|offering)\b)|\bof the (?:global |chinese |us |world'?s )?market\b|\bmarket\b|"
                             # "a 13.5% slice of the chatbot market", "its portion of Chinese AI app traffic"
                             r"(?:<q>\s+|['’]s\s+)(?:slice|portion|piece)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:market|traffic|shipments|usage|"
                             r"search)\b"))
_BENCH_RE = gated(re.compile(
    r"\bscor\w*|\baccuracy\b|\bpass@\d|\bbenchmark\w*|\bachiev\w* .{0,30}\bon\b|\bsolv\w*|\belo\b|\bresolv\w*|"
    r"\bhallucination rates?\b|\berror rates?\b|\bwin rates?\b|\bpass rates?\b|\bsuccess rates?\b"
))
# countries and regions money goes into: "a $5.88 billion planned investment in Korea" is spent there, not raised
_PLACES = (r"(?:u\.?s\.?|us|uk|america|europe|asia|africa|india|japan|(?:south\s+)?korea|china|france|germany|britain|canada|australia|"
           r"brazil|mexico|indonesia|malaysia|singapore|vietnam|thailand|taiwan|saudi\s+arabia|uae|spain|italy|poland|ireland|"
           r"sweden|norway|finland|denmark|netherlands|switzerland|israel|qatar|kenya|nigeria|egypt|turkey|chile|argentina|"
           r"texas|ohio|virginia|georgia|arizona|wisconsin|louisiana|pennsylvania|the\s+state|the\s+country|the\s+region)\b")
_FUNDING_RE = gated(re.compile(
    r"\brais(?:e[sd]?|ing)\b(?!\s+(?:to|by|from)\b)(?!\s+(?:(?:our|its|their|the|his|her)\s+)?(?:[\w-]+\s+){0,2}?(?:estimates?|targets?|"
    r"forecasts?|guidance|outlook|prices?)\b)|<q>[^.;<]{0,40}?\b(?:was|were|been)\s+raised\s+by\b|\bfunding\b|\bfund-?rais\w*|\bround\b|\bseries [a-f]\b|\bseed\b|\bbacked\b|\bbacking\b|"
    r"\bventure\b|(?<!-)\bprivate investments?\s+in\s+(?:generative\s+ai|ai|artificial\s+intelligence|(?:ai\s+)?start-?ups)\b|\bco-?lead\w*|\bled by\b|\b(?:support|aid|grants?) worth\b|\binvest(?:s|ed|ing|ment|ments)?\s(?:(?!\bin(?:to)?\s).){0,60}\bin(?:to)?\s+(?!(?:sovereign|national|domestic|indigenous|homegrown|public)\b(?!\s+(?:[\w-]+\s+)?(?:start-?ups?|compan\w+|firms?|labs?|developers?|chipmakers?|makers?)\b))(?!the\b|its\b|their\b|our\b|an?\b|new\b|data\b|ai\b|(?:artificial\s+intelligence|generative\s+ai)\b(?!$)(?!\s+(?:start-?ups?|compan\w+|firms?|labs?|developers?|chatbot)\b)|infrastructure\b|chips?\b|compute\b|computing\b|cloud\b|servers?\b|capacity\b|research\b|r&d\b|capital\b|capex\b|gpus?\b|fiscal\b|local\b|schools?\b|non-?profits?\b|charit\w+|communit\w+|grants?\b|scholarships?\b|education\b|universit\w+|students?\b|" + _PLACES + r"|(?:[\w.&-]+\s+){0,3}?(?:projects?|facilit\w+|plants?|sites?|campus\w*|(?:data )?cent(?:er|re)s?|supercomputers?|infrastructure|build-?outs?|parish|county|region)\b)|\binvest(?:s|ed|ing)?\s.{0,60}\bin(?:to)?\s+(?:the|an?)\s+(?:[\w-]+\s+){0,2}?(?:startup|start-up|company|firm|lab|chatbot maker|rival|unicorn)\b(?!['’])|\bsecur(?:ed|es|ing)\b|\bgrants?\b(?!\s+to\s+(?:the|universit\w+|schools?|non-?profits?|charit\w+)\b)(?<!\bin grants)(?<!\bgrant\b(?=\s+(?:about\s+|some\s+|over\s+)?[$€£¥\d]))|\blifeline\b|"
    r"\bbail(?:ed)?[ -]?out\b|\breceiv\w*|\bipo\b|\blisting\b|\binvestors?\b|\bfollow-on\b|\btranche\b|\bpicked up\b|"
    r"\bbag(?:s|ged)\s+(?:an?\s+|about\s+|over\s+|nearly\s+)?<q>(?!\s+(?:[\w-]+\s+){0,3}?(?:contracts?|deals?|orders?|awards?|tenders?|loans?|debt)\b)|"
    r"\bscoop(?:s|ed)?\s+up\s+(?:about\s+|over\s+|nearly\s+)?<q>|\battract(?:s|ed|ing)?\s+(?:about\s+|over\s+|nearly\s+|some\s+)?<q>\s+(?:\w+\s+){0,2}?from\b|"
    r"<q>\s+(?:\w+\s+){0,2}?(?:in|of)\s+(?:new|fresh)\s+(?:capital|money|funding)\b|\b(?:new|fresh)\s+(?:capital|money)\s+(?:of|worth|totall?ing)\s+<q>|\bcash infusion\b"
))
_VALUATION_RE = gated(re.compile(
    r"\bvalu(?:ed|ation|ations|ing)\b|\bvalues?\s+(?:\w+\s+){0,3}at\b|\bvalues?\s+(?:it|them|the (?:company|startup|firm|group))\b|(?<!net )(?<!support )(?<!aid )(?<!grant )(?<!grants )\bworth\b(?! of)(?=\s+(?:\w+\s+){0,2}<q>)(?!\s+(?:\w+\s+){0,2}<q>\s+(?:each|apiece|per)\b)|\bmarket (?:cap|capitali[sz]ation|value)\b|\bmarket-cap\b"
))
_REVENUE_RE = gated(re.compile(
    r"\brevenue\w*|\bsales\b|\barr\b|\brun[ -]rate\b|\bturnover\b|\bbilled\b(?!\s+(?:at|per|by\s+the)\b)|\b(?:ad|advertising|annual recurring) income\b"
))
_SPENDING_RE = gated(re.compile(
    r"\bspen[dt]\w*|\binvest(?!ors?\b)\w*|\bcapex\b|\bdeploy(?:s|ed|ing)?\b|\bcash burn\b|\bburn rate\b|\bburn(?:s|ed|ing)? through\b|\bearmark\w*|\bchannell?(?:ed|ing|s)? into\b|\b(?:capital )?expenditures?\b|\bcosts? (?:of|for) (?:running|training|operating|building|developing)\b|"
    r"\bcost of (?:the |this |that |a )?(?:project|build-?out|campus|site|facility|cluster|data cent(?:er|re)|supercomputer)\b|"
    r"\boutlays?\b|\bbudget\w*|\bbuy\w*|\bbought\b|\bpurchas\w*|\bpay\b|\bpays\b|\bpaying\b|\bpaid\b|\bcommit\w*|"
    r"\ballocat\w*|\ballott\w*|\bexpens(?!ive)\w*|\bsubsid\w*|(?<!founders )(?<!growth )(?<!vision )\bfund(?:s|ed)?\b|\bdonat\w*|\bgifts? of\b|<q>\s+(?:\w+\s+)?gifts?\b(?! card)|\bsalar\w*|\bcompensation\b|"
    r"\bfunnel\w*|\bpledg\w*|\bcontribution\w*|\bgrant\s+(?:about\s+|some\s+|over\s+)?<q>\s+to\b|<q>\s+in\s+(?:\w+\s+)?costs?\b|<q>\s+in\s+compute\b|"
    r"\bcosts? (?:of|for) (?:inference|serving)\b|\b(?:training|compute|inference) costs?\b"
))
_CONTEXT_RE = gated(re.compile(
    r"\bcontexts?\b|\bcontext[ -]window|\blong-context|\bcontext length|\binput of\b|"
    r"(?<!time )(?<!launch )(?<!sales )\bwindow size\b|\bsequence length|\b(?:text |input )?sequences? (?:of )?up to\b|"
    r"\bmax(?:imum)? (?:input |sequence |prompt )?length\b|"
    r"\bin a single (?:conversation|prompt|query|request|session)|"
    r"(?<![\w.])\d{1,4}[KkM][ -]window\b(?![ -](?:frames?|seconds?|days?|hours?))(?![^.;]*\b(?:video|clips?|frames?|display|screen|monitor|resolution|pixels?|render\w*|preview\w*)\b)"  # "supports a 128K window"
))
_TRAINING_RE = gated(re.compile(
    r"\btrain\w*|\bpre-?train\w*|\bfine-?tun\w*|\bdataset\b|\bdata set\b|\bcorpus\b|\bcorpora\b|"
    r"\bdistill\w*|\bpre-?training data\b|\banneal\w*"
))
_TRAINING_WORD_RE = re.compile(r"\btrain\w*|\bpre-?train\w*|\bfine-?tun\w*|\bdistill\w*|\banneal\w*|\bmodels?\s+(?:has\s+|have\s+)?(?:seen|learn\w*)\b|\bsft\b|"
                               r"\blearn(?:ed|s|t)\s+from\b")
_PROCESSED_RE = gated(re.compile(
    r"(?<!-)\bprocess\w*|\bserv(?:e|ed|es|ing)\b(?!\s+as\b)|\bconsum\w*|\busage\b|\bhandl\w*|\bdaily\b|\bweekly\b|\bmonthly\b|"
    r"\b(?:each|every|a) (?:day|week|month)\b|\brun through\b|"
    r"\bper (?:day|week|month)|\bcalls?\b|\brequests?\b|\bthroughput\b|\bcache[ds]?\s+(?:reads?|writes?|hits?)\b|"
    r"\b(?:my|our|third|second|main|each|every)\s+(?:[\w-]+\s+)?accounts?\b(?!\s+(?:for|of)\b)"  # "my own account processed"
))
_ACTIVE_RE = re.compile(
    r"\bactive\b|\bactivated\b|\bper token\b|\bfor (?:each|every) token\b|\bfraction\b|\bany given\b|\bat a time\b|\bused (?:during|for|in) inference\b"
)
_LATENCY_RE = re.compile(
    r"\blatenc\w*|\bttft\b|\btime[ -]to[ -]first|\bfirst[ -]token\b|\bend-to-end\b|\brespon\w*|\bgenerat\w*|\bproduc\w*|\bwait\w*|\bfaster\b|"
    r"\bin under\b|"
    r"\breply|\banswer\w*|\bload\w*|\brender\w*|\bcreat\w*"
)
_CHIP_PERF_RE = re.compile(
    r"\bfaster\b|\bperformance\b|\bspeed\w*|\bflops?\b|\bcompute\b|\bslower\b|\bmore powerful\b|\befficien\w*|"
    r"\bbandwidth\b|\bthroughput\b"
)
_SHARE_OF_PEOPLE_RE = re.compile(
    r"<q>\s+of\s+(?:the\s+|all\s+|those\s+|its\s+|their\s+)?(?:[\w.-]+\s+){0,3}?(?:respondents|leaders|executives|developers|"
    r"companies|organi[sz]ations|businesses|enterprises|firms|adults|americans|consumers|workers|employees|people|teens|"
    r"students|ceos|professionals|marketers|engineers|participants|surveyed|researchers|customers)\b|"
    r"(?:^|[,;:(]\s*|\b(?:and|but|while|with|only|just|another)\s+)<q>\s+(?:of\s+(?:them|those|respondents)\s+)?"
    r"(?:(?:now|already|currently|regularly|also|still)\s+)?(?:(?:are|were)\s+)?(?:said|say|says|reported|report|expect|plan|believe|think|agreed?|"
    r"predict|identify|want|prefer|consider|feel|trust|intend|cite|worry|increasing|forecasting|planning|expecting|reporting|"
    r"saying|citing|adopting)\b"
)
# answers that read as a share only in a survey: "83% are increasing AI investment", "78% now touch multiple files"
_SURVEY_ANSWER_RE = re.compile(
    r"(?:^|[,;:(]\s*|\b(?:and|but|while|with|only|just|another)\s+)<q>\s+(?:(?:now|already|currently|regularly|also|still)\s+)?"
    r"(?:are|were|use|used|learned|see|touch)\b(?!\s+expected)"
)
_ANSWER_NOW_RE = re.compile(r"(?:^|[,;:(]\s*|\b(?:and|but|while|with)\s+)<q>\s+(?:now|already|currently|regularly)\s+[a-z]+\b")
_SURVEY_CUE_RE = re.compile(r"\b(?:survey\w*|poll\w*|respondents|study|studies|report\w*|found|finds|according|percent of)\b|%\s+of\b")
_POWER_RE = re.compile(r"\bpower\b|\bcapacity\b|\bdata cent(?:er|re)s?\b|\bgrid\b|\belectric\w*")
_ACCEL_RE = re.compile(r"\bgpus?\b|\bchips?\b|\baccelerators?\b|\btpus?\b|\bnpus?\b|\b[a-z]{1,2}\d{2,3}s?\b")
_DOWNLOAD_RE = re.compile(r"\bdownload\w*")
_USERS_RE = re.compile(
    r"\busers?\b|\bsubscribers?\b|\bcustomers?\b|\bmonthly active\b|\bweekly active\b|"
    r"\bdaily active\b|\bmaus?\b|\bdaus?\b|\bwaus?\b|\bpeople use\b"
)
_MULT_GROWTH_RE = re.compile(
    r"\b(?:doubl|tripl|quadrupl)(?:ed|es|ing)\b|\bto (?:double|triple|quadruple)\b|\bgrown\b|\bgrows\b|\bincreas\w*|\bup\b(?! to\b)|\bgrowth\b|\bgrew\b|\bjump\w*|\brise\b|\brose\b|\bsurge\w*|\bcurrent\b|\bprevious\b|"
    r"\bmore than\b|\bhigher\b|\bboost\w*|\bexpan\w*|\bmultipl\w*|\bthe rate\b|\bprice\b"
)
_TIME_WINDOW_BEFORE_RE = re.compile(
    r"\b(?:over|in|within|for|during|next|past|last|after|before|since|every|each|per|about|around|"
    r"nearly|almost|of|than|up to|the|first|only|just)\s*(?:the\s+)?(?:next|past|last|coming|first)?\s*$",
    re.IGNORECASE,
)
_HOUR_WINDOW_BEFORE_RE = re.compile(
    r"\b(?:in|within|for|next|past|last|every|each|per|after|before|since|during|first|once)\s*(?:the\s+)?"
    r"(?:next|past|last|coming|first)?\s*$",
    re.IGNORECASE,
)
_TIME_WINDOW_AFTER_RE = re.compile(
    r"^\s*(?:ago|later|(?:earlier|before|prior)(?!\s*\))|after|from now|old|into|'s?|’s?)\b", re.IGNORECASE
)  # but "8 mins (20 mins before)" is the earlier level of a figure, not a window of time
_ANON_SOURCES_RE = re.compile(
    r"^\s*(?:\w+\s+){0,2}(?:people|persons|sources|officials|executives|insiders|employees|analysts)\s+"
    r"(?:familiar|briefed|close|with knowledge|who|said|say|told)\b",
    re.IGNORECASE,
)
_HEDGE_RE = re.compile(
    r"\b(?:may|might|could|likely|unlikely|probably|possibly|perhaps|estimat\w*|expect\w*|forecast\w*|"
    r"project(?:ed|ion|ions|s)\b|reportedly|allegedly|rumou?r\w*|anticipat\w*|predict\w*|potentially|"
    r"speculat(?!ive\s+(?:decoding|sampling|execution|inference|generation))\w*|guess\w*|believed|suggest\w*|roughly estimated|"
    r"on track to|poised to|"
    r"hopes? to|seeks? to|seeking|(?:is|are|was|were) said to)\b"
)
# a goal is a hedge only for money a company hopes to earn, be worth or raise ("targeting $1 billion in ARR"); a plan to
# train 50,000 engineers or mobilise €200 billion is announced, not hedged
_TARGET_RE = re.compile(r"\b(?:aims? to|targets?|targeting)\b")
_DEAL_HEDGE_RE = re.compile(
    r"\bin (?:advanced |early |final )?talks\b|\bclose to (?:finali[sz]ing|a deal|closing)\b|"
    # "is set to close": a deal ahead; "the batch size was set to 512", "is set to a 4K default": a setting
    r"\b(?:is|are|was|were) set to\s+(?!(?:a|an|the|its|their|our|default|about|around|roughly|approximately|nearly|over|under|"
    r"up|at|be\s+(?:\d|about|around))\b)[a-z]{2,}\b|\bin discussions\b|\bnegotiat\w*|\bconsidering\b|\bweighing\b|"
    r"\bexploring\b|\bnearing a deal\b|\bpotential deal\b|"
    r"\bproposed\s+(?:\$?[\d.,]+\s*(?:billion|million|bn|m)?\s+)?(?:deal|acquisition|merger|takeover|buyout|purchase|investment|"
    r"round|transaction|sale|spin-?off|settlement|package|budget|funding|bid|offer)s?\b|"
    r"\bnot (?:yet )?(?:closed|finali[sz]ed|completed)\b|\bpending (?:regulatory |shareholder )?approval\b|"
    r"\b(?:is|are) (?:currently )?raising\s+(?:(?:up to|about|around|roughly|nearly|as much as|more than|over|at least)\s+)?"
    r"(?:(?:a|an|its|their|new|fresh|more|another)\s+){0,2}(?:[$€£¥\d]|funds?\b|capital\b|money\b|"
    r"(?:series|seed|funding|venture|equity|debt)\b|round\b|at\s+an?\s+(?:\w+\s+)?valuation\b)"
)
# "..., Gartner estimates.": a source named after the figures, closing the sentence
_TRAILING_SOURCE_RE = re.compile(
    r"[,;]\s+((?:the\s+)?(?:[A-Z][\w&.'’-]*|of|and|for)(?:\s+(?:[A-Z][\w&.'’-]*|of|and|for)){0,4})\s+"
    r"(estimates|estimated|forecasts|forecast|projects|projected|predicts|predicted|found|finds|reports|reported|says|said|"
    r"notes|noted|wrote|writes|calculates|calculated)[\s\"”’)]*[.!]?[\s\"”’)]*$")
# a source named after the figure with "per": "..., per Statista.", "(per OpenAI's disclosures)", "per the latest numbers
# from the College Board" (not "per GPU", "per Token", a unit a figure is counted in)
_PER_SOURCE_RE = re.compile(
    r"(?:[,(—–]\s*|\s)(per\s+(?!(?:GPU|TPU|NPU|Chip|Card|Node|Rack|Server|Token|User|Seat|Share|Capita|Hour|Day|Week|Month|Year|"
    r"Query|Request|Head|Unit|Device|Core|Million|Thousand|Billion|Cent|Annum|Se|[A-Z]\d+|[A-Z]{1,3}\d)s?\b)"
    r"(?:(?:the|an?|latest|recent|new|data|figures|numbers|estimates|analysis|reporting|reports?|from|by)\s+){0,5}"
    r"[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|and|for|data|analysis|reporting|research|figures|estimates|numbers|"
    r"public|disclosures|filings|published\s+in\s+[A-Z]\w+(?:\s+\d{4})?)){0,6})(?=\s*(?:[,;.)]|$))")
_HEDGING_SOURCE_VERBS = {"estimates", "estimated", "forecasts", "forecast", "projects", "projected", "predicts", "predicted"}
_REPORT_VERBS = {
    "say", "says", "said", "tell", "tells", "told", "report", "reports", "reported", "announce",
    "announces", "announced", "claim", "claims", "claimed", "estimate", "estimates", "state",
    "states", "stated", "note", "notes", "noted", "write", "writes", "wrote", "disclose", "discloses",
    "disclosed", "reveal", "reveals", "revealed", "confirm", "confirms", "confirmed", "predict",
    "predicts", "predicted", "forecasts", "show", "shows", "showed", "according", "estimated",
    "add", "adds", "added", "explained", "explains", "argued", "argues", "boasts", "touted",
}
_NOT_ATTRIBUTORS = {"i", "we", "you", "us", "they"}
# verbs that attribute only when a clause follows ("an analysis found that ...", "residents warned"), never with an
# object of their own ("found a buyer"); "add" and "report" likewise ("adds 48 MW", "reported revenue of $2 billion")
_CLAUSE_REPORT_VERBS = {"find", "finds", "found", "warn", "warns", "warned", "suggest", "suggests", "suggested", "forecast"}
_ADD_OR_REPORT = {"add", "adds", "added", "report", "reports", "reported"}


@dataclass
class _Candidate:
    quantity: Quantity
    unit: str
    period: str | None
    factor: float
    count: CountSeen | None = None  # a bare count whose judgement waits for the parse


# ------------------------------------------------------------------------------------------
# Which quantities can be claims, and their claim unit
# ------------------------------------------------------------------------------------------


def _claim_unit(quantity: Quantity) -> tuple[str, str | None, float]:
    """Map a quantity unit to the claim vocabulary: (unit, period from a rate, value factor)."""
    raw = quantity.unit
    if raw.startswith("parameters/"):
        raw = "parameters"  # "196B parameters per token": the size, read per token
    if raw.startswith(("tokens/s/", "FLOP/s/")):
        raw = raw[: raw.index("/s/") + 2]  # "3,800 tok/s/gpu": a rate per device is still a rate
    if raw in ("operations/s", "ops/s", "calculations/s") and quantity.value >= 1e12:
        raw = "FLOP/s"  # "a billion billion operations per second": a machine's rate of computing (not a database's)
    if raw in ("tokens/s", "FLOP/s", "bit/s", "m/s"):
        return (raw if raw in CLAIM_UNITS else "other"), None, 1.0
    if raw == "downloads" and quantity.value < 1000 and re.search(r"installations", quantity.surface, re.IGNORECASE):
        return "count", None, 1.0  # "to build six installations": sites, where "12 million installations" of an app are downloads
    if raw == "share":
        return "percent", None, 100.0  # "two-thirds of developers": a share, stated as 66.7 percent
    base, _, rate = raw.partition("/")
    period = _PERIOD_OF_RATE.get(rate)
    if base == "seconds" and rate in ("token", "tok", "query", "request", "image", "frame", "sample", "step", "iteration",
                                      "iter", "page", "call", "prompt", "batch", "series", "item"):
        return "seconds", None, 1.0  # "25-33ms per token", "12ms per image": a latency, written per item
    if base == "tokens" and rate == "min":
        return "tokens", "minute", 1.0  # "processing 6B tokens each minute"
    if base in ("USD", "CNY", "EUR"):
        unit = base
    elif base in _OTHER_CURRENCIES:
        unit = "other"
    elif base == "percent":
        unit = "percent"
    elif base == "percentage points":
        unit = "points"
    elif base in CLAIM_UNITS:
        unit = base
    elif base == "J":
        return "Wh", period, 1 / 3600
    elif base in _PHYSICAL_UNITS:
        unit = "other"
    elif base in ("points", "pt", "pts", "point"):
        unit = "points"  # "ahead by 0.84 pt"
    else:
        unit = "other" if rate in ("s", "second", "min", "hour") else "count"
    if rate and period is None:
        unit = "other" if unit not in ("USD", "CNY", "EUR", "Wh", "W") else unit  # "0.3 Wh per query" is still energy
    return unit, period, 1.0


_SMALL_WORDS = re.compile(r"^(?:a|an|one|two|three|four|five|six|seven|eight|nine|zero|a few)$", re.IGNORECASE)
_BARE_B_RE = re.compile(r"\d(?:[BMTbm]|bn)$")  # "7B", "125m" (a size once the quantities read it so)


_MONEY_UNITS = {"USD", "CNY", "EUR"} | _OTHER_CURRENCIES


_NOT_COUNT_COMPOUND_RE = re.compile(
    r"-(?:stars?|rows?|doors?|seats?|speed|step|part|piece|click|way|time|point|fold|minute|hour|day|week|month|year|"
    r"layers?|bit|nm|spoke|line|[a-z]+ed)\b",
    re.IGNORECASE,
)
_AI_SEATS_RE = re.compile(r"\b(?:copilot|chatgpt|claude|gemini|enterprise|licen[cs]\w*|subscriptions?|ai)\b", re.IGNORECASE)
_SMALL_COUNT_RE = re.compile(r"^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$", re.IGNORECASE)
_NOT_COUNTED_NOUNS = re.compile(
    r"^(?:largest|biggest|smallest|leading|top|main|major|best|worst|most|least|times?|ways? of|more|less|or|and|to|"
    r"of|in|on|at|by|for|from|with|who|that|which|people|persons|sources|officials|insiders|others?|each|apiece)$",
    re.IGNORECASE,
)


def _listicle_heading(text: str, q: Quantity) -> bool:
    """A line that opens with the count of its own items and ends without a sentence's stop: '7 AI Statistics That Will
    Shape 2026', 'The 6 Biggest AI Trends' (but 'The FBI offers seven tips to ...' is a figure annotators record)."""
    words = re.findall(r"[A-Za-z]+", text[q.end : q.end + 50])[:4]
    if not any(w.lower() in _LISTICLE_NOUNS for w in words):
        return False
    if not re.search(r"(?:^|\n)[ \t#*]*(?:the\s+|top\s+)?$", text[max(0, q.start - 12) : q.start], re.IGNORECASE):
        return False
    line_end = text.find("\n", q.end)
    return not re.search(r"[.!?:](?:\s|$)", text[q.end : line_end if line_end >= 0 else len(text)])



def _small_count(text: str, q: Quantity) -> bool:
    """'three games', 'Seven start-ups', 'Four of the siblings': a small spelled-out count of things."""
    surface = text[q.start : q.end].strip()
    if not _SMALL_COUNT_RE.match(surface):
        return False
    before = text[max(0, q.start - 20) : q.start].lower()
    if re.search(r"\b(?:top|first|last|next|past|other|every|all but|one or|or|and|to|the|one of|of)\s+$", before):
        return False  # "the top three trims", "two or three", "one or two"
    after = text[q.end : q.end + 60]
    if re.match(r"\s+(?:or|to|and|-)\s+", after):
        return False
    partitive = re.match(r"\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|our\s+|[A-Z][\w’']*['’]s\s+)([a-z]+s)\b", after)
    if partitive:
        return not _ANON_SOURCES_RE.match(after) and partitive.group(1) not in ("years", "months", "days", "weeks", "hours")
    if q.unit == "count":
        return False
    words = re.findall(r"[A-Za-z][\w’'-]*", after)[:4]
    if not words or _NOT_COUNTED_NOUNS.match(words[0]) or words[0].lower().endswith("est"):
        return False
    if _ANON_SOURCES_RE.match(after) or re.search(r"familiar with|briefed on|knowledge of", after):
        return False
    # the counted noun: the first plural word within three (adjectives may come first)
    counted = next((w.lower() for w in words[:3] if w.lower().endswith("s") and not w.lower().endswith("ss")), None)
    return counted is not None and counted not in _META_NOUNS


# "three key components", "five takeaways": the shape of a text, not a figure, however written; counts of
# benchmarks, tasks and clusters ("leads on 23 of 28 tasks") are figures annotators record
_BATCH_SIZE_BEFORE_RE = re.compile(r"\b(?:batch|bs)[ _-]?sizes?\s*(?:of\s+|is\s+|was\s+|=\s*|:\s*)?(?:about\s+|around\s+|up to\s+)?$|"
                                   r"\bbatch(?:es)?\s+of\s+$", re.IGNORECASE)
_STUDY_NOUNS = {"components", "stories", "takeaways", "pillars", "lessons"}
# what a listicle's heading counts: "7 AI Statistics That Will Shape 2026", "The 6 Biggest AI Trends"
_LISTICLE_NOUNS = {"statistics", "stats", "facts", "trends", "tips", "predictions", "insights", "reasons", "ways", "myths",
                   "mistakes", "charts", "takeaways", "lessons"}
# "two stories", "three numbers", "two efficient models": how a text is organised, not a figure to check
_META_NOUNS = {
    "stories", "numbers", "things", "reasons", "types", "kinds", "categories", "versions", "variants",
    "models", "sizes", "options", "tiers", "modes", "editions", "flavors", "flavours", "parts", "steps", "stages",
    "phases", "questions", "lessons", "takeaways", "trends", "pillars", "factors", "levels", "approaches", "ways",
}


_BENCH_AFTER_RE = re.compile(
    r"\s*(?:points?\s+)?(?:on|for|in)\s+(?:the\s+)?([A-Z][\w.+-]*(?:[ -][A-Z0-9][\w.+-]*){0,2})"
)


def _named_score_before(before: str, after: str, text: str) -> bool:
    """'a MATH score of around 80', 'a score of 25 on the Intelligence Index', 'outperforms X with a score of 66';
    not 'a risk score of 7'."""
    m = re.search(r"\b(?:a|an|its|their)\s+(?:([\w-]+)\s+)?score\s+of\s+(?:about\s+|around\s+|over\s+)?$", before, re.IGNORECASE)
    if m is None:
        return False
    named = m.group(1) is not None and m.group(1)[:1].isupper() or re.match(r"\s+on\s+(?:the\s+)?[A-Z]", after) is not None
    return named or re.search(r"\b(?:arena|leaderboard|benchmark\w*|elo|outperform\w*|surpass\w*|beats?)\b", text,
                              re.IGNORECASE) is not None


def _benchmark_after(text: str, end: int) -> bool:
    """A bare score followed by the benchmark it was scored on: '90.0 on MMLU', '77 for MATH'."""
    m = _BENCH_AFTER_RE.match(text, end)
    if m is None:
        return False
    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        known = lookup_entity(" ".join(words[:n]))
        if known is not None:
            return known.type == "benchmark"
    return False


_BENCH_COLON_RE = re.compile(r"(?:^|[,;(]\s*|\s)([A-Z][\w.+-]*(?:[ -][A-Z0-9][\w.+-]*){0,2})(?:\s*\([^()]{1,20}\))?\s*[:=]\s*\**$")


_BENCH_SPACE_RE = re.compile(r"(?:^|[,;(|]\s*|\s)([A-Z][\w.+-]*(?:[ -][A-Z0-9][\w.+-]*){0,2})\s+\**$")


def _benchmark_before(before: str, spaced: bool = False) -> bool:
    """A bare score right after a known benchmark and a colon: 'MMLU: 88.2, AIME 2024: 91.7'; with `spaced`, after
    the benchmark alone ('scores MMLU 88.7, GPQA 53.6', a table row 'MMLU 88.7 | GPQA 53.6')."""
    m = (_BENCH_SPACE_RE if spaced else _BENCH_COLON_RE).search(before)
    if m is None:
        return False
    words = m.group(1).split()
    for n in range(len(words)):
        known = lookup_entity(" ".join(words[n:]))
        if known is not None:
            return known.type == "benchmark"
    return False


_SCORE_TALK_RE = re.compile(r"\bscor\w*|\bleaderboard\b|\bbenchmark\w*|\baccuracy\b|\belo\b|\bpass@\d|\bF1\b|\bAUROC\b|\bAUC\b",
                            re.IGNORECASE)


# the name of an evaluation measure right before a bare figure: "ROUGE-L of 0.84", "F1 score: 0.81", "BLEU (41.2)"
_EVAL_METRIC_BEFORE_RE = re.compile(
    r"\b(?:ROUGE(?:-[\w]+)?|BLEU(?:-\d)?|F1(?:[- ]scores?)?|Jaro-Winkler(?:\s+similarity)?|Levenshtein\s+distance|METEOR|CIDEr|"
    r"BERTScore|AUC|AUROC|exact[- ]match|nDCG(?:@\d+)?|MRR(?:@\d+)?|Recall@\d+|mAP(?:@[\d.]+)?|(?-i:perplexity|PPL)|(?-i:Perplexity)(?=\s+(?:scores?\s+)?(?:is|was|of|=|drops|dropped|falls|fell|improves|improved|reaches)\b)|(?:(?:validation|val|training|train|test|eval|final)\s+)?loss(?:es)?|"
    r"accuracy|success[- ]rate|MOS|mean opinion score|Spearman(?:\s+correlation)?|Pearson(?:\s+correlation)?|Kendall(?:'s)?\s+tau|FID|Elo)\s*(?:scores?\s*)?"
    r"(?:of\s+|=\s*|:\s*|\(\s*|is\s+|was\s+|reaches\s+|at\s+|(?:improves|improved|drops|dropped|falls|fell|rises|rose|increases|increased|decreases|decreased|goes|went|reduced)\s+(?:(?:from\s+~?\d+(?:\.\d+)?%?\s+)?to\s+|from\s+|by\s+)|by\s+|from\s+|to\s+)(?:about\s+|around\s+|over\s+|nearly\s+)?[*_]*$",
    re.IGNORECASE,
)


def _training_job_time(text: str, start: int, end: int, before: str) -> bool:
    """'trained on 384 H100 GPUs for 24 days', 'completing the training in 1.5 days': how long a training job ran,
    not a window of time ('in the next 3 years', 'one failure every three hours')."""
    if not re.search(r"\b(?:for|in|over|within|took|takes|taking|running for|completed in|completing in|(?:training|run|job|wall-?clock)\s+"
                     r"time\s+(?:of|is|was|:))\s+(?:slightly\s+|a little\s+|well\s+)?(?:about\s+|around\s+|roughly\s+|"
                     r"nearly\s+|approximately\s+|just\s+|only\s+|less than\s+|under\s+|over\s+|~\s*)?$", before, re.IGNORECASE) \
            and not re.match(r"\s*(?:with|for)\s+\d+\s+epochs?\b|\s*on\s+(?:an?\s+|one\s+|a single\s+|\d+\s*[x×]?\s*)(?:(?:Tesla|Nvidia)\s+)?"
                             r"(?:[AHBVLTP]\d{2,4}s?|gpus?|tpus?)\b", text[end : end + 40],
                             re.IGNORECASE):  # "~75 hours with 15 epochs on 8x A100", "~4 days on a V100 GPU": the job's length said after it
        return False
    if re.search(r"\b(?:every|each|per|once)\s+(?:\w+\s+)?$|\b(?:next|past|last)\s+$", before, re.IGNORECASE):
        return False
    if not re.search(r"\b(?:train(?:ed|ing)?|pre-?train\w*|fine-?tun\w*|finetun\w*)\b", text[max(0, start - 120) : end + 40], re.IGNORECASE):
        return False
    return re.search(r"\b(?:models?|gpus?|tpus?|[AHBVL]\d{2,4}s?|accelerators?|llms?|checkpoints?|networks?|pre-?train\w*|fine-?tun\w*|"
                     r"finetun\w*|epochs?)\b", text, re.IGNORECASE) is not None


_OUT_OF_RE = r"\s+(?:out\s+)?of\s+(?:the\s+)?"
_COUNTED_AFTER_RE = r"\s+(?:[\w-]+\s+){0,3}?[a-z]+s\b"
_SERIES_WORD_RE = re.compile(r"\b(?:Part|Chapter|Section|Episode|Lesson|Step|Page|Day|Week|Vol|No|Issue|Round|Level|Stage|Phase)\.?\s+$",
                             re.IGNORECASE)  # "Part 26 of 30": a series' numbering


def _n_of_m(surface: str, before: str, after: str) -> bool:
    """Either number of 'N (out) of M things' ('23 out of 28 benchmark tasks'); not 'Part 26 of 30', a series' numbering."""
    if not re.fullmatch(r"\d{1,4}", surface):
        return False
    if re.match(_OUT_OF_RE + r"\d[\d,]*" + _COUNTED_AFTER_RE, after):  # the N
        return not _SERIES_WORD_RE.search(before)
    return bool(re.match(_COUNTED_AFTER_RE, after) and re.search(r"\b\d{1,4}" + _OUT_OF_RE + r"$", before)  # the M
                and not _SERIES_WORD_RE.search(re.sub(r"\d{1,4}" + _OUT_OF_RE + r"$", "", before)))


_EARLIER_LEVEL_RE = re.compile(
    r"(?:\b(?:up|down|rising|rose|falling|fell|increas\w*|decreas\w*|compared|against|drop\w*)\s+)?"
    r"(?:\bfrom|\bversus|\bvs\.?|\bcompared (?:with|to))\s+(?:about\s+|around\s+|approximately\s+|roughly\s+|nearly\s+|just\s+|"
    r"only\s+)?$", re.IGNORECASE)


def _level_of_counted(text: str, q: Quantity, quantities: Sequence[Quantity]) -> bool:
    """A bare number that is the other level of a count just named: '32 active compute units, down from 38',
    'drop from 600 advanced searches to 200', '82 fundraisings last year, compared with 70'."""
    if q.unit != "count" or not re.fullmatch(r"~?\d[\d,]*(?:\.\d+)?", text[q.start : q.end]):
        return False
    for p in quantities:
        if p.end > q.start or q.start - p.end > 90 or not re.fullmatch(r"[a-z][a-z-]+", p.unit) or p.unit == "count":
            continue
        if not re.fullmatch(r"~?\d[\d,]*", text[p.start : p.end].strip()):
            continue  # "15 trillion tokens, compared with 2": the bare figure drops a scale, not a plain level
        between = text[p.end : q.start]
        if re.search(r"[.;:!?]\s", between):
            continue
        if _EARLIER_LEVEL_RE.search(between) or re.search(r"\bfrom\s+(?:\w+\s+)?$", text[max(0, p.start - 30) : p.start])\
                and re.fullmatch(r"[\w\s-]{0,40}?\s+to\s+", between):
            return True
    return False


# a survey's share of people doing something: "the share of respondents who trust AI", "the proportion of firms using it"
_SURVEY_SHARE_RE = re.compile(
    r"\bthe\s+(?:share|proportion|percentage|fraction)\s+of\s+(?:[\w.-]+\s+){0,3}?(?:workers|respondents|adults|people|users|companies|"
    r"firms|businesses|developers|employees|consumers|americans|students|teachers|organi[sz]ations|enterprises|ceos|executives|"
    r"households|teens|parents|doctors|nurses|lawyers|marketers|engineers|models|papers|systems|apps|startups)\s+(?:who|that|using|"
    r"with|saying|reporting|planning|adopting|having|which|from|produced|developed|released|built|made|coming|originating)\b")
# a person before an age in commas ("Corvid's chief executive, 46, has led"), and an event in a life before "at 23"
_PERSON_BEFORE_AGE_RE = re.compile(r"\b(?:officer|executive|founder|co-?founder|president|chair\w*|ceo|cto|cfo|director|chief|"
                                   r"scientist|engineer|investor|analyst|professor|he|she|[A-Z][a-z]+\s+[A-Z][a-z]+)\s*,\s*$")
_AGE_AT_EVENT_RE = re.compile(r"\b(?:started|founded|co-?founded|joined|launched|left|became|retired|dropped out|began)\b[^.;,%$]{0,40}?"
                              r"\bat\s+(?:the\s+age\s+of\s+|age\s+)?$")
def _an_age(text: str, start: int, end: int) -> bool:
    """A two-digit number that is someone's age: after a person in commas, after "who is", or when a life's event
    happened ("joined Orbit at 24"), but not a price a share started the day at."""
    before, after = text[max(0, start - 60) : start], text[end : end + 40]
    if _PERSON_BEFORE_AGE_RE.search(before) and re.match(r"\s*,", after):
        return True
    if re.search(r"\bwho\s+(?:is|was)\s+$", before, re.IGNORECASE) and not re.match(r"\s*(?:%|percent|[a-z])", after):
        return True
    return bool(_AGE_AT_EVENT_RE.search(before) and re.match(r"\s*(?:[,.;)]|$|(?:and|after|before|when|while|in|with|to|from|as)\b)",
                                                             after)
                and not re.search(r"\b(?:shares?|stocks?|prices?|trading|traded|index|rate)\b", text, re.IGNORECASE))


# a training run's words before its steps or epochs: "trained for 3 epochs", "warmup lasted 500 steps", "decays over 10,000 steps"
_TRAINING_BEFORE_RE = re.compile(r"\b(?:train\w*|pre-?train\w*|fine-?tun\w*|distill\w*|warm-?up\w*|SFT|RLHF|DPO|converg\w*|"
                                 r"decay\w*)\b[^;:]{0,70}$", re.IGNORECASE)


def _candidates(text: str, quantities: Sequence[Quantity]) -> list[_Candidate]:
    """Quantities that may be claims: no bare counts, time windows or anonymous sources."""
    out: list[_Candidate] = []
    for q in quantities:
        unit, period, factor = _claim_unit(q)
        count = None
        surface = text[q.start : q.end]
        shape = re.sub(r"^[~≈∼]\s?", "", surface)  # "~54.0" has a score's shape: "54.0"
        before = text[max(0, q.start - 30) : q.start]
        after = text[q.end : q.end + 60]
        if q.unit == "times" and q.value >= 100 and surface.endswith("times") and not re.match(
                r"\s+(?:\w+er|more|less|as|over|the)\b", after) and not re.search(r"\bby\s+$", before):
            unit = "count"  # "downloaded more than 1 million times": how often, not a multiplier
        elif q.unit.startswith("times/") and q.value >= 100 and not re.search(r"\b(?:by|from|to|of)\s+(?:\w+\s+)?$", before):
            unit = "count"  # "called 1.65 billion times a day": how often something happens, where "grew 4.5 times per year" is growth
        if q.unit in ("steps", "iterations", "epochs") and not (
                _TRAINING_BEFORE_RE.search(text[max(0, q.start - 80) : q.start])
                or re.search(r"\b(?:training|pre-?training|fine-?tuning|gradient|RL|warm-?up)\s+(?:steps|epochs)\b|^\s*(?:steps|epochs)\s+"
                             r"(?:trained|of\s+(?:training|pre-?training|fine-?tuning|SFT|RL))\b", surface + after[:30], re.IGNORECASE)):
            continue  # "follow these 3 steps": a recipe's steps; "trained for 80,000 steps", "for 100k iterations", "fine-tuned for 3
            # epochs" are figures
        if q.unit in ("seeds", "shots", "rollouts", "batches") or (
                q.unit == "samples" and re.search(r"\b(?:with|using|draw\w*|generat\w*|sampl\w*|(?:averag\w*|computed|measured|"
                                               r"evaluated|reported)\s+over|across|averag\w*)\s+$", before)) or (
                re.match(r"-shot\b|[ -]?shots?\b", after) and q.value < 100):
            continue  # "5-shot accuracy", "0-shot": an evaluation setting
        if re.fullmatch(r"(?:10|30|40|50)[5-9]0(?:\s?Ti)?s?|7900(?:\s?XTX?)?s?", surface) and re.search(
                r"\b(?:an?|one|single|dual|the|two|three|four|eight|\d+\s?[x×]|per|each|my|your|their|our)\s+$", before, re.IGNORECASE):
            continue  # "on a 4090", "one 3090 with 24GB", "two 4090s": a graphics card by its model number, not a figure
        if re.fullmatch(r"\d+\s?[GT]B", surface) and re.search(r"\b[A-Z]{1,3}\d{2,4}[A-Za-z]*[ -]$", before):
            continue  # "an A100 80GB", "H100-80GB": the memory in a chip's name
        if re.fullmatch(r"\d+\s?GB?", surface) and (re.match(r"\s+(?:Nvidia\s+|NVIDIA\s+)?(?:[AHBLV]\d{2,3}|MI\d{3}X?)(?:s|['’]s)?\b", after)
                                                   or re.match(r"\s*each\s*\)", after) and re.search(
                                                       r"(?:GPUs?|[AHBLV]\d{2,3}s?|MI\d{3}X?s?|accelerators|cards)\s*\($", before)):
            continue  # "4 80GB A100 GPUs", "16 A100 GPUs (80GB each)": which chip, not a figure
        if re.search(r"(?:^|\s)--?[a-z][\w-]*[ =]$", before) or re.search(r"`[^`]*\w[^`]*$", before) and \
                text[: q.start].count("`") % 2 == 1:
            continue  # "--num-gpus 8", "`--batch-size 32`": a command-line setting, not a figure
        if q.value < 100 and re.match(r"[\s-]+(?:consecutive|straight|successive|back-to-back)\s+(?:(?:trading|business|working)\s+)?(?:years|months|weeks|days|quarters|"
                                      r"sessions|seasons)\b|\s+(?:trading|business|working)\s+(?:days|sessions)\b|\s+figures\b", after):
            continue  # "for seven consecutive months", "in the last 10 trading days": a time window; "seven figures in
            # ARR": a figure of speech
        if unit == "count" and q.value_high is None and re.search(
                r"\b(?:average|median|mean)\s+age(?:\s+of\s+[\w\s'’-]{1,30}?)?\s+(?:of|is|was|at|hit|reached|stands\s+at|stood\s+at)\s+"
                r"(?:about\s+|around\s+|roughly\s+|just\s+)?$", text[max(0, q.start - 60) : q.start], re.IGNORECASE) and not re.match(
                r"\s+(?:[\w-]+\s+)?[a-z]+s\b(?<!years)", after):
            out.append(_Candidate(q, "other", period, factor))  # "an average age of 29": years of age, not a count of things
            continue
        if unit == "count" and re.fullmatch(r"[1-9]\d", surface) and _an_age(text, q.start, q.end):
            continue  # "Corvid's chief executive, 46, has led", "who is 52", "started the company at 23": an age
        if re.match(r"\d+-grams?\b", text[q.start : q.end + 7]):
            continue  # "13-gram overlaps": a kind of n-gram, not a figure
        if unit == "count" and re.fullmatch(r"\d{1,3}|one|two|three|four|five|ten|twenty", surface, re.IGNORECASE) and \
                re.search(r"\btop[ -]$", before, re.IGNORECASE) and not re.match(r"\s*(?:%|percent\b|per cent\b)", after):
            continue  # "among the top 4 countries", "the top 20 apps": a rank band, not a figure
        if re.search(r"-tokens?$", surface) and re.match(r"\s+(?:request|input|prompt|output|query|document|message)s?\b", after):
            continue  # "a 900K-token request is billed at ...": an example's size, not a figure about anything
        if unit == "tokens" and re.search(r"\b(?:costs?|prices?) of (?:processing |generating |producing )?$", before.lower()):
            continue  # "the cost of processing 1k tokens is $0.006": the amount a price is quoted for
        if q.unit == "point" and not re.match(r"[\s-]*points?[\s-]+(?:gains?|drops?|leads?|jumps?|improvements?|increases?|decreases?|"
                                               r"advantages?|margins?|boosts?|deficits?|differences?|rises?|falls?|declines?|"
                                               r"gaps?|edges?|swings?|lifts?)\b", after, re.IGNORECASE):
            unit, period, factor = "count", None, 1.0  # "a 6.5-point gain", "a 15-point gap" are score points; "10 point
            # labels", "a 10-point plan" count things
        if re.fullmatch(r"\d+-bit", surface):
            continue  # "8-bit compute", "a 64-bit processor": a precision, not a figure
        if unit == "count" and (re.fullmatch(r"\d+\.\d+", surface) and re.match(r"-(?!out\b|of\b)[A-Za-z]", after) or re.fullmatch(
                r"\d{1,2}/\d{1,2}", surface) or re.search(r"\bport\s+(?:is\s+|=\s*|:\s*)?$", before, re.IGNORECASE)):
            continue  # "tagged 3.11-slim", "1.26-compatible": a version tag; "the 80/20 rule", "a 70/30 split": a split, no
            # quotient of counts; "port 5000": a setting
        if unit == "count" and (tally := re.fullmatch(r"(\d+)\s?[-–]\s?(\d+)", surface)) and int(tally.group(1)) > int(tally.group(2)):
            continue  # "a 3-1 win", "passed 52-48": a score or a vote, written high to low where a range runs low to high
        if unit == "count" and re.fullmatch(r"[24568]K", surface) and re.match(
                r"\s*(?:UHD\s+)?(?:displays?|monitors?|screens?|panels?|TVs?|videos?|footage|resolution|upscaling|"
                r"streaming|camera)\b", after,
                re.IGNORECASE):
            continue  # "4K displays": a resolution
        if re.fullmatch(r"[\d,]+", surface) and q.unit != "count" and _BATCH_SIZE_BEFORE_RE.search(before):
            q = Quantity(q.value, q.value_high, "count", q.surface, q.start, q.end, q.bound)
            unit, period, factor = "count", None, 1.0  # "3,400 tokens/s at batch size 64": 64 sequences, not tokens/s
        if re.fullmatch(r"[1-9]\d{3,4}K", surface) and not re.match(r"\s*(?:users|people|\w+s)\b", after):
            out.append(_Candidate(q, "other", None, 1 / 1000))  # "6700K": a colour temperature in kelvin
            continue
        if re.fullmatch(r"\d{1,3}(?:\.\d)?-inch", surface) and re.match(r"\s+(?:[A-Z]\w*\s+)*(?:MacBook|iPad|iMac|iPhone|Pro|Air|[A-Z][a-z]+[A-Z])", after):
            continue  # "the 16-inch MacBook Pro": a product's name, not a claim about its size
        if re.fullmatch(r"[124568]K", surface) and not re.match(r"\s*(?:users|people|[a-z]+s)\b", after) and not _CONTEXT_RE.search(text.lower()):
            continue  # "4K 60fps", "an 8K TV": a screen resolution
        if q.unit == "m" and 0 < q.value <= 3e-8 and re.search(r"(?:nm|nanomet(?:er|re)s?)$", surface, re.IGNORECASE):
            continue  # "a 3-nm process", "the 7/6nm utilization": a chip-making process node is a name, not a length
        if q.unit in ("m2", "m", "kg", "m/s", "m3"):
            # "315 acres", "65 mph", "8.5 inches", "552 tons of carbon emissions": a length, area, mass, volume or
            # speed is recorded in the unit it is written in, as annotators read it
            factor = 1 / unit_factor(surface, q.unit)
        if re.match(r"\s*(?:parts per (?:million|billion)|ppm|ppb)\b", after) or q.unit in ("nits", "nit"):
            unit = "other"  # "400 parts per million", "2,000 nits": units outside the vocabulary
        if unit == "CNY" and re.search(r"\bjapan|\btokyo\b|\byen\b|\bosaka\b", text, re.IGNORECASE):
            unit = "other"  # "¥" in a Japanese story is yen
        if q.unit == "count" and re.search(r"\b(?:sequence|context)[ -](?:length|window|size)s?(?:\)?\s*[:=]\s*|\s+(?:\w+\s+){0,3}?"
                                           r"(?:of|from|to|is|at)?\s*(?:up to\s+)?)$", before.lower()):
            out.append(_Candidate(q, "tokens", None, 1.0))  # "with a sequence length of 4096", "(context length): 8192"
            continue
        if unit == "count" and re.match(r"\s+(?:seq(?:uence)?|context)[ _-]?len(?:gth)?\b", after, re.IGNORECASE):
            out.append(_Candidate(q, "tokens", None, 1.0))  # "train Gemma-2B with 32768 seq len": a sequence length
            continue
        if unit == "count" and 1e8 <= q.value <= 1e13 and re.search(r"(?:billion|trillion|\d[BT])$", surface) and re.match(
                r"(?:(?:,|\s+and|\s+or|\s+to|\s*-)\s*\d[\d.]*\s*(?:billion|trillion))?\s+(?:(?:parameters?|params?|dense|moe|sized?)\s+|"
                r"size of (?:the |a )?)?models?\b(?!\s+(?:requests|inferences|queries|calls|runs|downloads|users|outputs|responses|"
                r"predictions|tokens|cars|trains|planes|kits)\b|\s+(?:are|were|is|was|get|got)\s+(?:being\s+)?(?:served|downloaded|hosted|"
                r"built|created|trained|uploaded|deployed|used|shared|made|sold)\b)", after, re.IGNORECASE) and not re.search(
                r"\b(?:built|created|made|generated|hosts?|hosted|uploaded|shared|published|downloaded|deployed|served|serves)\s+"
                r"(?:over\s+|more than\s+|nearly\s+|about\s+|some\s+)?$", before, re.IGNORECASE):
            out.append(_Candidate(q, "parameters", None, 1.0))  # "run like 20-30 billion models", "3 billion, 4 billion size
            continue  # of the model": a model's size
        if unit == "count" and re.match(r"\s+(?:validation|val|test|eval|evaluation)\s+loss\b", after, re.IGNORECASE):
            out.append(_Candidate(q, "other", None, 1.0))  # "a ~3.80 validation loss on WikiText-103": a score
            continue
        if q.unit == "count" and re.match(r" ?s(?![\w'’])(?!\s+(?:of|or)\b)", after) and (
                "." in surface or after[:1] == "s" and q.value < 100 or re.search(
                r"\b(?:latency|latencies|delay|response time|time[ -]to[ -]first[ -]token|ttft|wait|timeout|lifetime)\b|\bfrom\s+[\d.]+\s?s\s+to\s+[\d.]+\s?s\b",
                text[max(0, q.start - 80) : q.end + 40], re.IGNORECASE)):
            # "1.789 s end-to-end", "takes about 20s", "the latency from 60 s to 6 s": seconds
            end = q.end + len(re.match(r" ?s", after).group())  # type: ignore[union-attr]
            out.append(_Candidate(Quantity(q.value, q.value_high, "seconds", text[q.start : end], q.start, end, q.bound),
                                  "seconds", None, 1.0))
            continue
        if q.unit in ("pt", "pts") and not (_SCORE_TALK_RE.search(text) or re.search(
                r"\b(?:ahead|lead\w*|beat\w*|gain\w*|outperform\w*|behind|margin|improv\w*|higher|lower)\b", text, re.IGNORECASE)):
            continue  # "10 pt font": a type size, not a score
        if q.unit == "count" and 1 <= q.value < 4 and re.search(r"\b(?:PUE|PuE|power usage effectiveness)\b(?:[^.;!?]|\.(?=\d)){0,45}$",
                                                       text[max(0, q.start - 60) : q.start], re.IGNORECASE):
            out.append(_Candidate(q, "other", None, 1.0))  # "requiring PUE of 1.2 for new data centers": a ratio, not a score
            continue
        if q.unit in ("count", "pass") and q.value_high is None and q.value <= 100 and re.match(r"\W{0,3}pass@\d+(?!\s+[a-z]+s\b)",
                                                                                                 after, re.IGNORECASE):
            share = q.value * 100 if q.value <= 1 and "." in surface else q.value  # "0.72 pass@1" is 72%
            out.append(_Candidate(Quantity(share, None, "percent", surface, q.start, q.end, q.bound), "percent", None, 1.0))
            continue  # "66.5 pass@1 on GSM8k": the share of problems solved
        if q.unit == "count" and q.value_high is None and 0 < q.value <= 100 and re.search(
                r"\bwin[- ]rates?\s*(?:of\s+|:\s*|is\s+|reaches\s+)(?:about\s+|around\s+|over\s+)?[*_]*$", before, re.IGNORECASE):
            out.append(_Candidate(Quantity(q.value, None, "percent", surface, q.start, q.end, q.bound), "percent", None, 1.0))
            continue  # "a win rate of 48.82": a share of comparisons won, written without its percent sign
        if q.unit in ("count", "scores", "points") and q.value_high is None and re.fullmatch(r"\d{1,3}\.\d{1,2}", surface) and (
                _SCORE_TALK_RE.search(text[max(0, q.start - 150) : q.end + 100]) or _model_talk(text) and re.search(
                    r"\b(?:performance|success rate)\s+(?:of\s+(?:the\s+|its\s+)?[\w.-]+\s+)?(?:from\s+|from\s+\d{1,3}\.\d{1,2}\s+to\s+)$",
                    text[max(0, q.start - 80) : q.start])
                ) and not re.match(r"\s*[xX×]", after):
            out.append(_Candidate(q, "points", None, 1.0))  # "scores 93.1 on RULER, surpassing GPT-4's 91.6"
            continue
        if q.unit == "count" and q.value_high is None and re.fullmatch(r"\d{1,3}(?:\.\d{1,2})?", surface) and \
                (_benchmark_before(before) or re.fullmatch(r"\d{2,3}\.\d{1,2}", surface) and _benchmark_before(before, spaced=True)) and not (
                    re.fullmatch(r"\d{1,2}", surface) and re.search(r"\bshots?\b", text, re.IGNORECASE)):
            out.append(_Candidate(q, "points", None, 1.0))  # "MMLU: 88.2, AIME 2024: 91.7": a model card's scores
            continue
        if unit == "count" and q.value_high is None and 0 < q.value <= 100 and "." in surface and re.search(
                r"\b(?:outperform\w*|surpass\w*|beat(?:s|ing)?|exceed\w*)\b[^.;]{0,60}?\bby\s+(?:about\s+|around\s+|up to\s+|over\s+|"
                r"nearly\s+|roughly\s+)?$", text[max(0, q.start - 90) : q.start]) and (
                _SCORE_TALK_RE.search(text) or re.search(r"\b(?:m?AP(?:50|75|r|_?[rsml])?|SOTA|state[- ]of[- ]the[- ]art|baselines?)\b", text)):
            out.append(_Candidate(Quantity(q.value, None, "points", surface, q.start, q.end, q.bound), "points", None, 1.0))
            continue  # "outperforms previous SOTA by 4.8 on novel AP": a lead in score points
        if q.unit == "count" and q.value_high is None and _benchmark_after(text, q.end):
            out.append(_Candidate(q, "points", None, 1.0))  # "scores 90.0 on MMLU", "77 for MATH"
            continue
        if unit == "count" and q.value_high is None and 0 < q.value <= 100 and re.match(
                r"\s*(?:COCO\s+|box\s+|mask\s+)?(?:m?AP(?:50|75|r|_?[rsml])?|mIoU)\b(?!-)(?!\s+(?:exams?|tests?|classes|courses|"
                r"reporters?|journalists?|news|photo\w*|poll\w*|reports?|style|credits?|students?|votes?|stories|staff\w*|"
                r"sources?|writers?|editors?)\b)", after):
            out.append(_Candidate(Quantity(q.value, None, "points", surface, q.start, q.end, q.bound), "points", None, 1.0))
            continue  # "37.4 COCO AP", "53.5 mIoU": a detector's average precision, scored in points
        if q.unit == "count" and q.value_high is None and re.fullmatch(r"\d{1,3}(?:\.\d{1,4})?|0?\.\d{1,4}", shape) and \
                _EVAL_METRIC_BEFORE_RE.search(before) and not re.match(r"\s+(?:out\s+)?of\b|\s+to\s+(?:[A-Z]|\d+\s+of\b)", after):
            # (but "the accuracy of 3 of the 10 graders", "a loss of 3 to Anthropic's poaching": counts)
            out.append(_Candidate(q, "points", None, 1.0))  # "ROUGE-L of 0.84, Jaro-Winkler of 0.82", "a BLEU score of 41.2"
            continue
        paired = re.match(r"\s+(?:vs\.?|versus)\s+\d+(?:\.\d+)?", after)
        if unit == "count" and q.value_high is None and re.fullmatch(r"\d{1,3}(?:\.\d{1,4})?|0?\.\d{1,4}", surface) and (
                paired and _benchmark_after(text, q.end + paired.end())):
            out.append(_Candidate(q, "points", None, 1.0))  # "81.0 vs. 62.0 on Terminal-Bench": both are scores
            continue
        if unit == "count" and q.value_high is None and re.fullmatch(r"\d{1,2},\d{3}|\d{1,4}(?:\.\d{1,4})?|0?\.\d{1,4}", surface) and (
                re.search(r"\b(?:elo|arena)(?:\s+(?:rating|score))?\s*(?:of\s+|(?:has\s+|have\s+)?(?:climbed|rose|risen|jumped|reached|"
                          r"hit|(?:sits|sat|stands|stood)\s+at|(?:went|gone)\s+up)\s+(?:to\s+)?)?(?:about\s+|around\s+|over\s+)?$", before,
                          re.IGNORECASE)
                or re.match(r"\s+(?:points\s+)?on\s+(?:the\s+)?(?:LM|LMSYS|Chatbot|Text|WebDev)?\s*Arena\b", after)
                or _named_score_before(before, after, text)
                or "." in surface and re.match(r"\s+(?:[\w-]+\s+)?(?:accuracy|elo)\b", after, re.IGNORECASE)
                or "." in surface and re.match(r"\s+(?:average|overall|mean|aggregate)\s+score\b", after, re.IGNORECASE) and (
                    _model_talk(text) or re.search(r"\bleaderboard|state[- ]of[- ]the[- ]art|\bsota\b", text, re.IGNORECASE))
                or re.match(r"\s*(?:Elo|ELO)\b", after) and 100 <= q.value <= 4000):
            out.append(_Candidate(q, "points", None, 1.0))  # "Elo rating 1,176", "a score of 1356", "0.8288 word accuracy"
            continue
        if unit == "count" and _n_of_m(surface, before, after):
            out.append(_Candidate(q, unit, period, factor))  # "leads on 23 out of 28 benchmark tasks": both are counts
            continue
        counted = re.match(r"\s+(?:[\w-]+\s+){0,2}?([a-z]+s)\b", after)
        nouns = {q.unit.lower(), counted.group(1) if counted else ""}
        if unit == "count" and (nouns & _STUDY_NOUNS or "lines" in nouns and q.value < 10):
            continue  # "three key components", "two lines of argument": the shape of a text, not a figure (but
            # "~4,000 lines of code" is a size annotators record)
        if unit == "count" and q.value < 100 and _listicle_heading(text, q):
            continue  # "7 AI Statistics That Will Shape 2026": a heading that counts its own items
        if unit == "seconds" and (re.match(r"\s*(?:read|listen|watch)\b", after) or re.search(
                r"\b(?:reading|read|listening)\s+time\s*:?\s*$", before, re.IGNORECASE)):
            continue  # "9 min read", "Reading time: 7 minutes": a page's reading time
        if unit == "count":
            rule_keeps = not (q.unit == "count" and not _BARE_B_RE.search(surface) and not re.search(
                r"(?:thousand|million|billion|trillion|crore|lakh|dozen|\d[kKMBT])\b", surface
            ) and not _small_count(text, q) and not _level_of_counted(text, q, quantities))
            if re.search(r"dozen$", surface) and re.match(r"\s+(?:\w+\s+)?(?:years|months|weeks|days|hours|times)\b", after):
                continue  # "for a dozen straight years": a time window
            spec = text[q.end : q.end + 1] == "-"  # "six-core", "four-cylinder"
            if spec and _NOT_COUNT_COMPOUND_RE.match(text, q.end) and not (
                    q.value >= 1000 and re.match(r"-seats?\b", text[q.end :]) and _AI_SEATS_RE.search(text)):
                continue  # "five-star ratings", "a three-row crossover": a kind of thing, not a count (but "a
                # 740,000-seat Copilot deal" counts users)
            small = _SMALL_WORDS.match(surface.strip()) or (not any(c.isdigit() for c in surface) and q.value < 10)
            if not spec and small and not _small_count(text, q):
                rule_keeps = False
            if re.search(r"\bthe\s+$", before) and not q.unit.endswith("s") and q.value > 1:
                continue  # "the 12 line": a name, not a count
            # a bare three-digit count, or four digits even where the parser took the verb after them for the noun
            if (q.unit == "count" and re.fullmatch(r"\d{3}", surface) or re.fullmatch(r"\d{4}", surface)) and re.search(
                    r"\bthe\s+$", before, re.IGNORECASE) and re.match(
                    r"\s*(?:['’]s\b|\s(?:is|was|has|had|does|did|can|could|will|would|delivers?|process(?:es)?|offers?|runs?|gets?|"
                    r"scores?|costs?|uses?|handles?|beats?|outperforms?|wins?|leads?|needs?|draws?|consumes?|achieves?|reaches?|"
                    r"hits?|manages?|generates?|produces?|remains?|comes?|ships?|features?|supports?|packs?|sports?|trails?)\b)", after):
                continue  # "the 5090 delivers 28–67% more", "the 4090's ~4,300": a product's number, not a count
            if re.search(r"off the record|on condition of anonymity|\banonymously\b", after):
                continue  # "Three sales leads, speaking off the record": who said it, not a figure
            if _ANON_SOURCES_RE.match(text[q.end :]) or re.match(
                r"\s*(?:people|persons|sources)\b", after
            ) and re.search(r"familiar|briefed|knowledge|close to", after):
                continue
            verdict = judge_count(text, q.start, q.end, q.value, rule_keeps)
            if verdict is False:
                continue  # the rules' verdict on a bare count, unless the learned judgement is sure otherwise
            count = verdict if isinstance(verdict, CountSeen) else None
        if unit == "seconds" or q.unit.startswith("seconds"):
            gpu_hours = re.search(r"\bgpu[ -]hours?\b|\bchip[ -]hours?\b|\bgpu time\b", text, re.IGNORECASE)
            if gpu_hours and re.search(r"hours?|hrs?", surface, re.IGNORECASE):
                out.append(_Candidate(q, "GPU-hours", None, 1 / 3600))
                continue
            level = _duration_level(text, q)
            if _TIME_WINDOW_AFTER_RE.match(after) and not level and q.value >= 1:
                continue  # "two hours later" (but "dropped to 180 ms after the upgrade" is a latency: no window is that short)
            activity = re.match(r"\s+of\s+(?:\w+\s+)?\w+ing\b", after) is not None  # "24 hours of tuning"
            # "270k+ hours of aligned speech data": a corpus measured in time
            recorded = re.match(r"\s+of\s+(?:[\w-]+,?\s+){0,4}?(?:speech|audio|video|videos|footage|data|recordings?|music|"
                                r"conversations?|content|transcripts?|transcriptions?)\b|\s+(?:of\s+)?(?:speech|audio|video)\s+(?:data|clips|recordings)\b|"
                                r"\s+of\s+Data\b(?!\s+[A-Z])", after) is not None or re.search(
                r"hours?|hrs?|minutes?|mins?", surface) is not None and (re.match(r"\s+(?:in\s+total|in\s+all|overall)\b", after) is not None or re.search(
                    r"\btotal(?:l?ing|l?ed|s)?\s+(?:of\s+)?(?:about\s+|around\s+|over\s+|more than\s+|approximately\s+|roughly\s+|nearly\s+)?$",
                    before, re.IGNORECASE) is not None) or re.search(
                r"\b(?:speech|audio|video|recordings?)(?:\s+data)?\s+of\s+(?:about\s+|over\s+|more than\s+)?$", before,
                re.IGNORECASE) is not None or re.search(
                r"\b(?:trained|pre-?trained|fine-?tuned)\s+(?:on|with)\s+(?:about\s+|over\s+|more than\s+|nearly\s+|roughly\s+|~\s*)?$",
                before, re.IGNORECASE) is not None and after.startswith(" of ") or re.search(
                r"\b(?:duration|length)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:speech|audio|video|dataset|corpus|recordings?|data)\s+"
                r"(?:is|was|are|totals?|reaches)\s+(?:about\s+|around\s+|over\s+|more than\s+|approximately\s+|roughly\s+|nearly\s+)?$",
                text[max(0, q.start - 80) : q.start], re.IGNORECASE) is not None  # "of Amazon Music" is a product; "audio data of 100,000+ hours" is a corpus
            recorded = recorded or _RECORDED_OF_RE.match(after) is not None  # "30,000 hours of Mandarin", "1,500 hours of human labor"
            # "training took about 53 days": how long a job ran, not a window of time
            process = re.search(r"\b(?:took|takes|take|taking|taken|lasted|lasts)\s+(?:slightly\s+|a little\s+|well\s+)?(?:about|around|roughly|nearly|almost|just|"
                                r"only|over|under|approximately)?\s*$", before, re.IGNORECASE) is not None or _a_job_ran(text, before, q.value)
            job = q.value >= 600 and _training_job_time(text, q.start, q.end, before)
            if q.value >= 86400 * 0.99 and not (activity or recorded or job or level or process or re.match(r"\s+of\s+(?:wall-?clock|compute|training)\s+time\b", after)) and not re.search(r"\b(?:took|takes|take|taken|lasted|training time|trained for)\b", text[max(0, q.start - 40) : q.start], re.IGNORECASE):
                continue
            # "30 hours of training", "3 days of fine-tuning": a job's time, unless a window ("within 24 hours of taking office")
            worked = re.match(r"\s+of\s+(?:(?:pre-?|fine-?|re-?|post-?)?(?:training|tuning|finetuning|distillation|self-play)|wall-?clock\s+time|compute\s+time|training\s+time)\b", after) \
                is not None and not re.search(r"\b(?:past|last|next|coming|first|final|every|each|per|within|after|in|over|during|"
                                             r"before|by)\s+(?:about\s+|around\s+|only\s+|just\s+|~\s*)?$", before, re.IGNORECASE)
            if not (process or recorded or job or worked or level) and (q.value >= 86400 * 0.99 and _TIME_WINDOW_BEFORE_RE.search(before) or (
                    q.value >= 3600 and _HOUR_WINDOW_BEFORE_RE.search(before))):
                continue  # "over five years", "within the next 24 hours"; "detained for 36 hours" is a figure
            if re.search(r"-(?:year|month|week|day|hour|minute)\b", surface):
                continue
        out.append(_Candidate(q, unit, period, factor, count))
    return out


_DURATION_RE = r"~?\d[\d.,]*\s*(?:(?:milli|micro)?seconds?|secs?|s|ms|minutes?|mins?|hours?|hrs?|h|days?|weeks?)\b"


_RAN_FOR_RE = re.compile(r"\b(?:ran|runs|run|running|finished|finishes|completed|completes|complete)\s+(?:for|in|after|within)\s+"
                         r"(?:about|around|roughly|nearly|almost|just|only|over|under|approximately)?\s*$", re.IGNORECASE)
_JOB_WORDS_RE = re.compile(r"\b(?:train\w*|fine-?tun\w*|distill\w*|jobs?|runs?|stages?|evals?|evaluation|gpus?|[ahb]\d{3}s?|nodes?|"
                           r"clusters?|rl|epochs?|steps?|benchmarks?|inference|model)\b", re.IGNORECASE)
_EVENT_WORDS_RE = re.compile(r"\b(?:campaign|meeting|hackathon|strike|outage|rally|sale|program(?:me)?|trial|acquisition|deal|review|"
                             r"conference|beta|event|summit|auction|offering|tour)s?\b", re.IGNORECASE)


def _a_job_ran(text: str, before: str, seconds: float) -> bool:
    """'distillation ran for 6 days', 'the job finished after 11 days': a compute job's time, under a month, in a text about
    such jobs and no event ('the ad campaign ran for 3 days' is a window)."""
    return seconds < 86400 * 30 and _RAN_FOR_RE.search(before) is not None and _JOB_WORDS_RE.search(text) is not None \
        and _EVENT_WORDS_RE.search(text) is None


def _duration_level(text: str, q: Quantity) -> bool:
    """One end of a change in a duration ('from 62 hours to 8.8 hours', '120ms → 45ms after the upgrade'): a level
    before or after, not a window of time."""
    before, after = text[max(0, q.start - 40) : q.start], text[q.end : q.end + 40]
    return bool(re.search(r"\bfrom\s+(?:about\s+|around\s+|over\s+)?$", before, re.IGNORECASE) and re.match(r"\s+to\s+~?\d", after)
                or re.match(r"\s*" + ARROW + r"\s*~?\d", after)
                or re.search(r"(?:\bfrom\s+" + _DURATION_RE + r"\s+to|" + _DURATION_RE + r"\s*" + ARROW + r")\s*(?:about\s+|around\s+)?$",
                             before, re.IGNORECASE))


# US dollars a unit of each currency is worth, roughly (mid-2020s): enough to tell a conversion from a price set
# apart for another market ("$3,999 (£4,099)" is no conversion; "$US80 billion ($A129 billion)" is)
_USD_PER_UNIT = {
    "USD": 1.0, "EUR": 1.1, "GBP": 1.27, "CNY": 0.14, "RMB": 0.14, "JPY": 0.007, "KRW": 0.00075, "INR": 0.012,
    "HKD": 0.128, "AUD": 0.66, "CAD": 0.74, "CHF": 1.13, "SGD": 0.74, "TWD": 0.031, "AED": 0.27, "SAR": 0.27,
    "BRL": 0.19, "ZAR": 0.055, "NZD": 0.6, "MYR": 0.22, "PHP": 0.018, "THB": 0.029, "IDR": 0.000063,
}


def _converted(text: str, last: tuple[int, str, float], q: Quantity, currency: str) -> bool:
    """Whether sum `q` restates the sentence's previous one (end, currency, value) in another currency: "€15 million
    ($15.58 million)", "$80 billion (A$129 billion)", "€50 million (around PLN 200 million)". Not "$3,999 (£4,099,
    AU$6,899)", prices in other markets, nor a single bracketed price no rough rate (within 15%) turns into the first."""
    end, first_currency, first = last
    between = text[end : q.start]
    if currency == first_currency or not _RESTATED_RE.fullmatch(between):
        return False
    if currency == "USD":
        return True  # a conversion for US readers
    if "(" in between and not re.match(r"\s*\)", text[q.end : q.end + 3]):
        return False  # a bracketed list of several sums
    a, b = _USD_PER_UNIT.get(first_currency), _USD_PER_UNIT.get(currency)
    if a is None or b is None or not first or not q.value:
        return True
    return 0.87 <= abs(q.value * b / (first * a)) <= 1.15  # "(£4,099)" may read as a loss, in accounts' brackets


# "€15 million ($15.58 million)", "5.8 billion euros, or about $6.2 billion": one sum in two currencies
_RESTATED_RE = re.compile(
    r"\s*(?:\(|,\s*or)\s*(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+|some\s+|~)?",
    re.IGNORECASE,
)
# "from $500 to $140", "$7.5 billion, rising from $680 million", "$35 million in August – up from $5 million"
_CHANGE_BETWEEN_RE = re.compile(
    r"\s+to\s+|[^.;<]{0,60}?[,–—(]?\s*(?:up|down|rising|rose|falling|fell|increasing|decreasing|growing|compared|"
    r"a (?:rise|jump|drop|fall|decline|increase)|an increase)?\s*(?:from|versus|vs\.?|compared (?:to|with))\s+"
    r"(?:just\s+|about\s+|around\s+|roughly\s+|nearly\s+|only\s+)?(?:over\s+|under\s+|more than\s+)?",
    re.IGNORECASE,
)
_CHANGE_FROM_RE = gated(re.compile(
    r"\b(?:rose|rise[sn]?|rising|fell|falls?|fallen|falling|grew|grow[sn]?|growing|went|jump\w*|climb\w*|dropp?\w*|declin\w*|increas\w*|"
    r"decreas\w*|slash\w*|cut|cuts|reduc\w*|rais\w*|boost\w*|surg\w*|soar\w*|plung\w*|shr[ai]nk\w*|"
    r"expand\w*|extend\w*|widen\w*|narrow\w*|grown|up|down|moved?|changed?|swung|tumbled|doubled|tripled|lift\w*|improv\w*|"
    r"push\w*|bump\w*|hik\w*|spik\w*)\b(?<!\bthe improved)(?<!\ban improved)(?<!\bits improved)(?:\s*:)?"
    r"(?:(?!\branging\b|\bbetween\b|\bexpect\w*|\bforecast\w*|\bguidance\b|\boutlook\b|\brange\b|\bsupports?\b)"
    r"(?:[^.;:]|(?<=\d)\.(?=\d))){0,55}?(?<!\banywhere )\bfrom\s+"
    r"(?:(?:the|a|an|its|their)\s+(?:default|baseline|original|previous|initial|stock)\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+)?$"
    r"|\b(?:go|goes|going|gone)\s+from\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?$",  # "we can go from 12.4 to 14.1 tokens per second"
    re.IGNORECASE,
))


def _high_to_low(text: str, q: Quantity, before: str) -> bool:
    """'from $40,300 to $15,000': ranges run low to high, so high to low is a before and after."""
    if not re.search(r"\bfrom\s+$", before):
        return False
    sep = re.search(r"\s+to\s+", q.surface)
    if not sep:
        return False
    first = parse_quantities(text[q.start : q.start + sep.start()])
    return bool(first) and q.value_high is not None and abs(first[0].value - q.value_high) < abs(first[0].value - q.value)


def _split_changes(text: str, quantities: Sequence[Quantity]) -> list[Quantity]:
    """'valuation slashed from $47 billion to $8 billion' states two figures, not a range."""
    out: list[Quantity] = []
    for q in quantities:
        before = text[max(0, q.start - 90) : q.start]
        if q.value_high is not None and (_CHANGE_FROM_RE.search(before) or _high_to_low(text, q, before) or re.search(
                r"\b(?:benchmark\s+)?score\s+from\s+$", before) and re.search(r"\b(?:improv|rais|boost|increas|lift)\w*",
                                                                               re.split(r"[;.!?]\s", text[: q.start])[-1])):
            # "improving the GenEval score from 0.62 to 0.73 and the ImageReward score from 0.87 to 0.96": before and after
            # (but "critics gave the film scores from 6.5 to 9.0" is a range)
            sep = re.search(r"\s+to\s+", q.surface)
            if sep:
                first_end = q.start + sep.start()
                second_start = q.start + sep.end()
                parsed = parse_quantities(text[q.start : first_end])
                first, second = q.value, q.value_high
                if parsed and parsed[0].value and abs(parsed[0].value - second) < abs(parsed[0].value - first):
                    first, second = second, first  # written high to low: "slashed from $47 billion to $8 billion"
                if first:  # "grew from zero (or $0) to $200 million": a start from nothing is not a figure to check
                    out.append(Quantity(first, None, q.unit, text[q.start : first_end], q.start, first_end, q.bound))
                out.append(Quantity(second, None, q.unit, text[second_start : q.end], second_start, q.end, "="))
                continue
        out.append(q)
    return out


def _needs_parser(text: str) -> tuple[list[_Candidate], bool]:
    """Figures worth a claim and whether a comparative phrase is present."""
    try:
        quantities = parse_quantities(text)
    except Exception:  # never let one odd sentence stop a batch
        log.warning("quantity parsing failed for text of %d chars", len(text), exc_info=True)
        quantities = []
    return _candidates(text, _split_changes(text, quantities)), bool(_QUALITATIVE_RE.search(text))


# ------------------------------------------------------------------------------------------
# Reading the parse
# ------------------------------------------------------------------------------------------


_TAG_TO_POS = {
    "VB": "VERB", "VBD": "VERB", "VBG": "VERB", "VBN": "VERB", "VBP": "VERB", "VBZ": "VERB", "MD": "AUX",
    "PRP": "PRON", "PRP$": "PRON", "WP": "PRON", "WP$": "PRON", "NNP": "PROPN", "NNPS": "PROPN",
    "IN": "ADP", "CC": "CCONJ", "DT": "DET", "PDT": "DET", "WDT": "DET",
}


def _pos(tok: Token) -> str:
    """Coarse part of speech from the tagger's fine tag, so the attribute ruler need not run."""
    return _TAG_TO_POS.get(tok.tag_, "")


def _span_for(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _governing_verb(tok: Token) -> Token:
    """The verb (or sentence root) whose clause holds `tok`."""
    t = tok
    for _ in range(40):
        if _pos(t) in ("VERB", "AUX") and t.dep_ != "amod" or t.dep_ == "ROOT" or t.head == t:
            return t
        t = t.head
    return t


_CLAUSE_DEPS = {"advcl", "relcl", "ccomp", "conj", "parataxis", "acl", "xcomp", "csubj", "pcomp"}


def _clause_tokens(tok: Token) -> tuple[int, int]:
    """Character range of the clause around `tok`, without other clauses hanging off it."""
    verb = _governing_verb(tok)
    tokens = [verb]
    stack = [c for c in verb.children]
    while stack:
        c = stack.pop()
        if c.dep_ in _CLAUSE_DEPS and _pos(c) in ("VERB", "AUX") and not (c.left_edge.i <= tok.i <= c.right_edge.i):
            continue
        tokens.append(c)
        stack.extend(c.children)
    lo = min(t.idx for t in tokens)
    hi = max(t.idx + len(t.text) for t in tokens)
    return lo, hi


# Names spaCy's NER tags as organisations or products that are not names of anything.
_NOT_NAMES = {
    "ai", "a.i.", "new ai", "generative ai", "genai", "gen ai", "ipo", "ipos", "ceo", "cfo", "cto", "coo",
    "gpu", "gpus", "cpu", "cpus", "npu", "npus", "api", "apis", "llm", "llms", "arr", "ev", "evs", "saas",
    "r&d", "agi", "ml", "nlp", "pc", "pcs", "ssd", "ram", "usb", "usb-c", "hbm", "dram", "nand", "gw", "mw",
    "kw", "ar", "vr", "q1", "q2", "q3", "q4", "fy", "yoy", "eps", "esg", "ui", "os", "sdk", "b2b", "b2c",
    "ttft", "mfu", "tps", "fp16", "bf16", "fp8", "int4", "int8",
}
_KIND_OF_LABEL = {
    "ORG": "org", "AI_MODEL": "model", "PRODUCT": "model", "WORK_OF_ART": "model", "CHIP": "chip",
    "GPE": "place", "NORP": "place", "LOC": "place", "FAC": "place", "PERSON": "person", "BENCHMARK": "benchmark",
}
# Words that, after "the", "this" or "its", point back to a name given earlier: "the company".
_DESCRIPTOR_WORDS: dict[str, str] = {
    **dict.fromkeys(["company", "companies", "firm", "firms", "startup", "start-up", "group", "business", "maker", "chipmaker", "carmaker", "automaker", "giant", "lab", "developer", "provider", "operator", "brand", "retailer", "unit", "subsidiary", "division", "organization", "organisation", "foundation", "outfit", "conglomerate", "stock", "shares", "platform", "service", "app", "cluster", "campus", "site", "facility", "team", "network", "studio", "publisher", "insurer", "bank", "lender", "fund", "investor", "owner", "parent", "e-commerce"], "org"),
    **dict.fromkeys(
        ["model", "models", "version", "variant", "system", "checkpoint", "release", "chatbot", "assistant", "llm", "product", "run"], "model"),
    **dict.fromkeys(["nation", "country", "government", "administration", "state", "city", "region", "province", "economy"], "place"),
    **dict.fromkeys(["chip", "chips", "processor", "accelerator", "gpu", "superchip"], "chip"),
}
_ROLE_NOUNS = {
    "ceo", "chief", "founder", "co-founder", "cofounder", "chairman", "chairwoman", "president", "boss",
    "executive", "cfo", "cto", "coo", "spokesperson", "spokesman", "spokeswoman", "billionaire", "mogul",
    "entrepreneur", "director", "head",
}
_PRONOUN_KINDS = {
    "it": "any", "its": "any", "itself": "any", "they": "any", "them": "any", "their": "any",
    "we": "org", "our": "org", "us": "org", "he": "person", "him": "person", "his": "person",
    "she": "person", "her": "person",
}
_NOT_ANAPHORIC = {"first", "last", "only", "same", "top", "leading", "next", "other", "another", "such", "average"}
_DESCRIPTOR_DETS = {"the", "this", "that", "these", "those", "its", "their", "our", "both"}
_COMPATIBLE = {
    "any": ("ORG", "AI_MODEL", "PRODUCT", "CHIP", "GPE", "BENCHMARK"), "org": ("ORG",), "model": ("AI_MODEL", "PRODUCT"),
    "chip": ("CHIP",), "place": ("GPE",), "person": ("PERSON",),
}


@dataclass
class _Salience:
    """Who the text is about so far, so 'it', 'the company' and 'the model' can be read.

    'it' is the most recent subject; 'the company' is the organisation named most often so far
    (the title counts twice), which is what news writers mean by it.
    """

    last: str | None = None
    last_kind: str | None = None
    kinds: dict[str, str] = field(default_factory=dict)
    counts: dict[str, dict[str, float]] = field(default_factory=dict)
    mentions: dict[str, float] = field(default_factory=dict)  # every organisation named, in any role

    def mention(self, ent: Span) -> None:
        """Count an organisation named anywhere (or the maker of a product): the last resort for 'we'."""
        known = lookup_entity(_entity_name(ent))
        if known is not None and known.type == "product" and known.org:
            name = known.org
        elif ent.label_ == "ORG" and (known is not None or len(ent) > 1 or ent.root.tag_ == "NNP"):
            name = known.name if known is not None else _entity_name(ent)
        else:
            return
        self.mentions[name] = self.mentions.get(name, 0.0) + 1.0

    def note(self, name: str, label: str, main: bool = True, weight: float = 1.0) -> None:
        kind = _KIND_OF_LABEL.get(label)
        if kind is None:
            return
        if label == "PRODUCT":  # "Facebook" and "Instagram" stand for the company behind them
            known = lookup_entity(name)
            if known is not None and known.org:
                seen_org = self.counts.setdefault("org", {})
                seen_org[known.org] = seen_org.get(known.org, 0.0) + weight / 2
        self.kinds[kind] = name
        seen = self.counts.setdefault(kind, {})
        seen[name] = seen.get(name, 0.0) + weight
        if main and (kind not in ("person", "place") or self.last is None):
            self.last, self.last_kind = name, kind

    def topic(self, kind: str) -> str | None:
        seen = self.counts.get(kind)
        if not seen:
            return None
        best = max(seen.values())
        recent = self.kinds.get(kind)
        if recent is not None and seen.get(recent) == best:
            return recent
        return max(seen, key=lambda name: seen[name])

    def get(self, kind: str) -> str | None:
        if kind == "any":
            return self.last
        if kind in ("model", "chip"):
            return self.kinds.get(kind) or self.topic("org")
        if kind == "org":
            return self.topic("org") or (self.last if self.last_kind in ("model", "chip") else None) or (
                max(self.mentions, key=lambda name: self.mentions[name]) if self.mentions else None)
        return self.kinds.get(kind)


def _doc_ents(doc: Doc) -> tuple[list[Span], list[int]]:
    """The doc's entities and their start tokens, read once per doc: spaCy rebuilds `doc.ents` (and so every
    `span.ents`) from all the doc's tokens on each read, which made a long paragraph quadratic."""
    cached = doc.user_data.get("claimwatch_ents")
    if cached is None:
        ents = list(doc.ents)
        cached = doc.user_data["claimwatch_ents"] = (ents, [e.start for e in ents])
    return cached


def _ents_in(span: Span) -> list[Span]:
    """`span.ents` (the entities wholly inside a span) from the doc's entities read once."""
    ents, starts = _doc_ents(span.doc)
    out = []
    for i in range(bisect_left(starts, span.start), len(ents)):
        if ents[i].end > span.end:
            break
        out.append(ents[i])
    return out


def _doc_text(doc: Doc) -> str:
    """`doc.text` joined once per doc: spaCy joins every token's text on each read."""
    text = doc.user_data.get("claimwatch_text")
    if text is None:
        text = doc.user_data["claimwatch_text"] = doc.text
    return text


def _span_text(span: Span) -> str:
    """`span.text` cut from the doc's text read once: spaCy builds every token of the span anew on each read."""
    return _doc_text(span.doc)[span.start_char : span.end_char]


def _ent_span(tok: Token) -> Span | None:
    ents, starts = _doc_ents(tok.doc)
    i = bisect_right(starts, tok.i) - 1
    return ents[i] if i >= 0 and tok.i < ents[i].end else None


def _is_name(ent: Span) -> bool:
    """False for NER spans that are not names: 'AI', 'IPO', 'the MIT licence'."""
    text = re.sub(r"^(?:the|a|an)\s+", "", ent.text.lower()).strip()
    if text in _NOT_NAMES or all(t.lower_ in _NOT_NAMES or t.lower_ in ("new", "the") for t in ent):
        return False
    if len(ent) == 1 and ent.root.tag_ in ("NNS", "NNPS") and ent.label_ == "ORG" and lookup_entity(ent.text) is None:
        return False  # "Groups", "Pages": a feature's plural, not a company
    if not ent.ent_id_ and all(t.text.islower() and t.tag_ in ("NN", "NNS", "JJ") for t in ent):
        return False  # "greenery" tagged ORG: a common word in lower case names nothing
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return not (nxt is not None and nxt.lower_ in ("licence", "license", "licensed", "licenses", "licences"))


def _entity_of(tok: Token) -> Span | None:
    """The named entity containing `tok`, if it is a kind that can be a subject."""
    if tok.ent_type_ and tok.ent_type_ in _SUBJECT_LABELS:
        ent = _ent_span(tok)
        if ent is not None and _is_name(ent):
            return ent
    return None


_GLUED_SCALE_RE = re.compile(r"[KMBT]|bn|mn|[KMGT]B")


def _entity_name(ent: Span) -> str:
    start, end = ent.start, ent.end
    while end - start > 1 and ent.doc[end - 1].tag_.startswith("VB") and (ent.doc[end - 1].text.islower() or (
            ent.doc[end - 1].tag_ == "VBG" and end < len(ent.doc) and ent.doc[end].tag_ in ("$", "CD", "DT"))):
        end -= 1  # the NER's "Colossus utilizes", "GMI Cloud Building $500M ...": a name does not end in a verb (but
        # "Family Sharing users" is a name)
    if start > 0 and end - start > 1 and _GLUED_SCALE_RE.fullmatch(ent.doc[start].text) \
            and ent.doc[start - 1].like_num and not ent.doc[start - 1].whitespace_:
        start += 1  # "$500M AI Data Center": the M scales the figure before it
    if end - start > 1 and ent.doc[start].is_sent_start and is_opening_verb(ent.doc[start].text):
        start += 1  # "Utilizes Data-Efficient Strategy": a line that opens with a verb
    while start > 0 and _versioned_word(ent.doc[start - 1]):
        start -= 1  # "Tessel-3 Mini": the NER's name leaves out the versioned model name it qualifies
    ent = ent.doc[start:end]
    text = ent.text
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if nxt is not None and nxt.tag_ == "CD" and nxt.dep_ == "nummod" and ent.start <= nxt.head.i < ent.end:
        text = ent.doc[ent.start : ent.end + 1].text  # "Corvid Code" + "2": the version is part of the name
    text = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)
    text = re.sub(r"['’]s?$", "", text).strip()
    canonical = ent.ent_id_ or canonical_entity(text)
    if canonical and re.sub(r"\W+", "", canonical.lower()) == re.sub(r"\W+", "", text.lower()):
        return text  # "Character.AI" as written, not "Character AI"
    if canonical and _same_name(canonical, text):
        return canonical  # "H100 GPU" -> "Nvidia H100", "DeepSeek V3" -> "DeepSeek-V3"
    return text  # "U.S.", "Cursor", "Alphabet", "Mixtral 8x7B": the name as written


def _versioned_word(tok: Token) -> bool:
    """A capitalised word with a version number that modifies the next name and has no entity of its own: 'Tessel-3'."""
    return not tok.ent_type_ and tok.dep_ in ("compound", "nmod") and tok.whitespace_ != "" and tok.text[:1].isupper() \
        and bool(re.fullmatch(r"[A-Z][A-Za-z]*-?\d+(?:\.\d+)?[a-z]?", tok.text))


def _same_name(canonical: str, written: str) -> bool:
    """The canonical name spells out the written one: shares a word and keeps its versions and sizes."""
    words = set(re.findall(r"[a-z0-9.]+", canonical.lower()))
    written_words = re.findall(r"[a-z0-9.]+", written.lower())
    if any(w.lower() not in words for w in re.findall(r"[A-Za-z0-9]+", written) if w in VARIANT_WORDS):
        return False  # "Stable Diffusion 3 Medium" is a model of its own, not "Stable Diffusion 3"
    return any(w in words for w in written_words) and all(w in words for w in written_words if re.search(r"\d", w))


def _is_ticker(tok: Token) -> bool:
    """'DIS' in "Disney's (DIS)"."""
    doc = tok.doc
    return 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text == "(" and doc[tok.i + 1].text == ")" and tok.text.isupper()


def _is_dateline(tok: Token) -> bool:
    """'SAN FRANCISCO' in 'SAN FRANCISCO — Northwind Intelligence has raised ...'."""
    lo, hi, char_end = _dateline_of(tok)
    return lo <= tok.i < hi or (tok.i >= lo and tok.idx < char_end)


def _dateline_of(tok: Token) -> tuple[int, int, int]:
    """The dateline of a token's sentence, once per sentence: (first, end) tokens of a capitalised
    place before a dash, and where a "PLACE, ST. (Wire) —" heading ends in characters (-1 for none)."""
    doc = tok.doc
    cache = doc.user_data.setdefault("claimwatch_datelines", {})
    sent_start = _sentence_start(tok)
    if sent_start in cache:
        return cache[sent_start]
    start = sent_start
    while start < len(doc) and doc[start].is_space:
        start += 1
    end = start
    while end < len(doc) and end - start < 4 and doc[end].is_alpha and doc[end].text.isupper() and len(doc[end]) > 1:
        end += 1
    dash = end < len(doc) and doc[end].text in ("—", "–", "-", "--")
    # "COLUMBIA, S.C. (AP) —", "SAN FRANCISCO (Reuters) -": a place, its state and the wire service
    head = _DATELINE_RE.match(_doc_text(doc), doc[start].idx) if start < len(doc) else None
    found = (start, end if dash else start, head.end() if head is not None else -1)
    cache[sent_start] = found
    return found


def _sentence_start(tok: Token) -> int:
    """`tok.sent.start` from a table built once per doc: spaCy finds a token's sentence by walking the doc."""
    doc = tok.doc
    starts = doc.user_data.get("claimwatch_sentence_starts")
    if starts is None:
        starts = [0] * len(doc)
        for sent in doc.sents:
            starts[sent.start : sent.end] = [sent.start] * (sent.end - sent.start)
        doc.user_data["claimwatch_sentence_starts"] = starts
    return starts[tok.i]


_DATELINE_RE = re.compile(r"[A-Z][A-Z .'-]+(?:,\s*[A-Z][\w.]*(?:\s[\w.]+)?)?\s*(?:\([\w .]+\))?\s*[—–-]+\s")


_BEATING_VERBS = ("outperform", "beat", "surpass", "exceed", "outscor", "outpac", "trail", "rival", "overtak", "match")


def _is_side_mention(tok: Token) -> bool:
    """Names that are not what a figure is about: 'Chennai-based', 'based on Qwen2.5', 'than GPT-4'.

    Read once per token: each figure's subject search asks again about the sentence's names."""
    cache = tok.doc.user_data.setdefault("claimwatch_side_mentions", {})
    side = cache.get(tok.i)
    if side is None:
        side = cache[tok.i] = _reads_as_side_mention(tok)
    return side


_RATIO_WORDS = {"half", "third", "thirds", "quarter", "fourth", "fifth", "sixth", "tenth", "fraction", "times", "x", "one-third",
                "one-fifth", "one-tenth", "one-quarter", "one-half", "two-thirds", "twice", "double", "triple"}


def _reads_as_side_mention(tok: Token) -> bool:
    doc = tok.doc
    if _is_dateline(tok):
        return True
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ == "based":
        return True
    if _is_ticker(tok):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ in ("at", "from", "on", "via") and _shop(tok):
        return True  # "$89 at Amazon", "Get it from Walmart": where a product is sold, not what a figure is about
    if any(a.lower_ == "to" and a.i > 0 and doc[a.i - 1].lower_ == "according" for a in tok.ancestors):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in ("price", "prices", "pricing", "cost") and any(
            t.lower_ in _RATIO_WORDS for t in doc[max(0, tok.head.head.i - 4) : tok.head.head.i]):
        return True  # "a fifth of the price of Corvid Embed": the model whose price another's is set against
    head = tok
    for _ in range(3):  # up from "70B" in "Meta's Llama 3 70B model" to "model"
        if head.dep_ not in ("compound", "poss", "amod", "nmod", "nummod", "appos") or head.head == head:
            break
        head = head.head
    if head.dep_ == "dobj" and head.head.lower_.startswith(_BEATING_VERBS):
        return True  # "outperforming Meta's Llama 3 70B model": the model beaten is not the one scored
    j = tok.i - 1
    while j >= 0 and tok.i - j <= 4 and (doc[j].tag_ in ("NNP", "NNPS", "CD", "DT") or doc[j].text == "-" or
                                         doc[j].ent_type_ and doc[j].ent_type_ == tok.ent_type_):
        j -= 1
    if j >= 0 and j < tok.i and doc[j].lower_.startswith(_BEATING_VERBS) and doc[j].tag_[:2] in ("VB", "NN", "JJ") and \
            not doc[j].lower_.startswith(("exceeding", "exceeded", "beaten")):
        return True  # "Corvid-3 outperforms GPT-4o by 3.1 points" however the parser reads the unknown first name
    for anc in tok.ancestors:
        if anc.lower_ in ("than", "versus", "vs", "vs.", "against", "like", "unlike") or (
            anc.lower_ == "on" and anc.head.lower_ == "based"
        ) or anc.lower_ in ("compared", "relative"):
            return True
        if _pos(anc) in ("VERB", "AUX"):
            break
    return False


_SHOPS = {"amazon", "walmart", "best buy", "target", "ebay", "newegg", "b&h", "b&h photo", "costco", "aliexpress", "home depot"}


def _shop(tok: Token) -> bool:
    ent = _ent_span(tok)
    name = (ent.text if ent is not None else tok.text).lower()
    return re.sub(r"^the\s+|['’]s$", "", name) in _SHOPS


_OUTLETS = {"reuters", "bloomberg", "cnbc", "the information", "techcrunch", "axios", "the wall street journal", "wsj",
            "the financial times", "financial times", "ft", "the new york times", "nikkei", "the verge", "forbes", "fortune",
            "business insider", "semafor", "the times", "the guardian", "the washington post", "yonhap", "xinhua", "caixin"}
# firms that measure markets or survey people for others: the source of a figure, never its subject
_RESEARCH_FIRM_RE = re.compile(r"(?i)^(?:the\s+)?(?:trendforce|idc|gartner|counterpoint(?: research)?|canalys|omdia|yole(?: group)?|"
                               r"semianalysis|techinsights|dell['’]oro(?: group)?|synergy research(?: group)?|mercury research|"
                               r"jon peddie research|forrester|statista|similarweb|sensor tower|pew(?: research(?: center)?)?|gallup|"
                               r"mckinsey(?: & company)?|pwc|deloitte|kpmg|bcg|grand view research|marketsandmarkets|precedence research|"
                               r"fortune business insights|mordor intelligence|pitchbook|crunchbase|cb insights|stanford hai)$")
_SPEAKER_RE = re.compile(r"^(?:the\s+)?([A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2})\s+(?:said|says|reported|reports|announced|announces|"
                         r"disclosed|stated)\b")


def _only_a_measure(subject: str, sent: Span) -> bool:
    """'Free cash flow', 'Gross margin', 'net income', 'First quarter revenue': a measure, written without whose it is."""
    words = subject.split()
    if any(w[:1].isupper() for w in words[1:]) or any(re.search(r"\d", w) for w in words):
        return False
    if words[0][:1].isupper() and not _span_text(sent).lstrip().startswith(words[0]):
        return False  # "Meta" mid-sentence: a name
    return any(w.lower().strip(".,") in _BARE_MEASURE_WORDS for w in words)


def _company_speaker(attribution: str, sent: Span) -> str | None:
    """The company that reports its own figure ("..., AMD said in a statement"): not a news outlet, not a person."""
    m = _SPEAKER_RE.match(attribution.strip())
    if m is None or m.group(1).lower() in _OUTLETS or _RESEARCH_FIRM_RE.match(m.group(1)):
        return None
    name = m.group(1)
    known = lookup_entity(name)
    if known is not None and known.type != "org" or _label_of(name, sent) == "PERSON":
        return None
    if known is None and not any(e.text == name and e.label_ == "ORG" for e in sent.ents):
        return None
    return name


def _attributors(sent: Span) -> frozenset[int]:
    """Tokens of who reports a figure ('Google says', 'the company said'): the source, not the subject.

    Read once per sentence: every figure's subject search asks again."""
    cache = sent.doc.user_data.setdefault("claimwatch_attributors", {})
    out = cache.get(sent.start)
    if out is None:
        found: set[int] = set()
        for tok in sent:
            if tok.lower_ in _REPORT_VERBS and _pos(tok) in ("VERB", "AUX"):
                subj = _subject_token(tok)
                if subj is not None:
                    found.update(t.i for t in subj.subtree)
        out = cache[sent.start] = frozenset(found)
    return out


_TRAILING_PAREN_SOURCE_RE = re.compile(r"\(([A-Z][^()%$€£\d]{1,60}?(?:,?\s+(?:19|20)\d\d)?)\)\s*[.!]?\s*$")
_TRAILING_DASH_SOURCE_RE = re.compile(r"\s[—–]\s+([A-Z][^—–%$€£]{1,70}?)\s*[.!]?\s*$")
_FIRM_LABEL_RE = re.compile(r"^\s*([A-Z][\w&.'’ -]{1,40}?):\s")
# "according to IDC", "according to Omdia's 2025 report" (a figure's "1,000" or "U.S." inside the source's words)
_ACCORDING_TO_RE = re.compile(r"\baccording to\s+((?:[^,;.()—–]|(?<=\d)[,.](?=\d{3})|(?<=\w)\.(?=\w))+)", re.IGNORECASE)


def _cited_sources(sent: Span) -> frozenset[int]:
    """Tokens of a source cited beside the figures rather than reporting them: '... exploring AI (IBM).', '... — PwC',
    '..., per Statista', 'according to IDC', a research firm's line label 'Gartner: ...'. Never a subject."""
    cache = sent.doc.user_data.setdefault("claimwatch_cited", {})
    out = cache.get(sent.start)
    if out is None:
        text = _span_text(sent)
        spans = []
        for pattern in (_TRAILING_PAREN_SOURCE_RE, _PER_SOURCE_RE):
            m = pattern.search(text)
            if m:
                spans.append(m.span(1))
        m = _TRAILING_DASH_SOURCE_RE.search(text)
        if m and not re.search(r"\d", re.sub(r"\b(?:19|20)\d\d\b", "", m.group(1))):
            spans.append(m.span(1))
        m = _ACCORDING_TO_RE.search(text)
        if m:
            spans.append(m.span())
        m = _FIRM_LABEL_RE.match(text)
        if m and _RESEARCH_FIRM_RE.match(m.group(1).strip()):
            spans.append(m.span(1))
        base = sent.start_char
        out = cache[sent.start] = frozenset(t.i for t in sent for lo, hi in spans if lo <= t.idx - base < hi)
    return out


def _counted(tok: Token) -> bool:
    """Names inside what another figure counts: 'Nvidia' in '2,048 Nvidia H800 GPUs'."""
    head = tok
    for _ in range(4):
        if any(c.dep_ == "nummod" for c in head.children):
            return True
        if head.dep_ not in ("compound", "amod", "nmod") or head.head == head:
            return False
        head = head.head
    return False


def _entity_in(tokens: Iterable[Token], skip: range, avoid: AbstractSet[int] | None = None) -> Span | None:
    """The first subject-like entity among `tokens`, preferring AI names and organisations (never a cited source)."""
    best: Span | None = None
    best_rank = 99
    rank = {"AI_MODEL": 0, "ORG": 1, "CHIP": 2, "PRODUCT": 3, "GPE": 4, "PERSON": 5}
    tokens = list(tokens)
    if tokens:
        cited = _cited_sources(tokens[0].sent)
        avoid = avoid | cited if avoid else cited
    for t in tokens:
        if t.i in skip or (avoid and t.i in avoid) or _is_side_mention(t):
            continue
        ent = _entity_of(t)
        if ent is not None and ent.label_ != "BENCHMARK" and rank.get(ent.label_, 6) < best_rank:
            best, best_rank = ent, rank.get(ent.label_, 6)
    return best


def _proper_name(tok: Token) -> Span:
    """A proper noun with its compounds and version number: 'Tessel Small 3', 'Corvid Code 2'."""
    lo = min([tok.i] + [c.left_edge.i for c in tok.lefts if c.dep_ in ("compound", "nmod") and (
        c.tag_ in ("NNP", "NNPS") or c.tag_ in ("NN", "NNS", "JJ") and c.text[:1].isupper() and not c.is_sent_start)])
    # ("Halcyon Pro": a capitalised word the tagger did not know is still part of the name, unless it opens the sentence)
    hi = tok.i
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.tag_ == "CD" and nxt.dep_ == "nummod" and nxt.head.i == tok.i:
        hi = nxt.i
    return tok.doc[lo : hi + 1]


def _versioned_names(sent: Span, q_range: range) -> list[Span]:
    """Proper names carrying a number, which in AI news are models and products: 'Hanlin-3', 'Corvid Code 2'."""
    out = []
    for tok in sent:
        if tok.tag_ not in ("NNP", "NNPS") or tok.dep_ in ("compound", "nmod") or tok.ent_type_ in ("DATE", "TIME", "BENCHMARK"):
            continue  # "Terminal-Bench 2.0" is a test, not a model
        span = _proper_name(tok)
        if span.end < len(tok.doc) and tok.doc[span.end].lower_ in ("license", "licence", "licensed"):
            continue  # "the Apache 2.0 license"
        if re.search(r"[A-Za-z]", span.text) and re.search(r"\d", span.text) and span.start not in q_range \
                and not _is_side_mention(tok) and tok.lower_ not in _NOT_NAMES:
            out.append(span)
    return out


def _noun_phrase(tok: Token) -> str:
    """A readable name for a subject token without a named entity: 'The iPhone 15 Pro Max' -> 'iPhone 15 Pro Max'."""
    if tok.tag_ in ("NNP", "NNPS") and not any(c.dep_ == "poss" for c in tok.children):
        name = _proper_name(tok)
        if len(name) > 1 or tok.doc[tok.left_edge.i].dep_ not in ("det", "amod"):
            return name.text
    owners = {t.i for c in tok.children if c.dep_ == "poss" for t in c.subtree}  # "Qiantu AI's Hanlin-3"
    span = tok.doc[tok.left_edge.i : tok.i + 1]
    if len(span) <= 6 and not any(_pos(t) in ("ADP", "VERB", "AUX", "CCONJ") for t in span):
        words = [t.text for t in span if t.i not in owners and t.dep_ not in ("det", "case", "punct", "predet")
                 and _pos(t) != "PRON"
                 and t.lower_ not in ("new", "former", "latest", "current", "entire", "this", "that", "other", "several",
                                      "some", "many", "few", "all", "one")]
    else:
        parts = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod", "nummod") and _pos(c) not in ("DET", "PRON")]
        words = [t.text for t in sorted([*parts, tok], key=lambda t: t.i)]
    return re.sub(r"['’]s\b", "", " ".join(words)).strip()


def _real_name(tok: Token) -> bool:
    """A proper noun phrase that is a name: 'Qiantu AI' is, 'AI' or 'IPO' alone is not."""
    words = _proper_name(tok)
    if len(words) <= 3 and words[0].lower_ in _LIST_LABELS and any(t.like_num for t in words):
        return False  # "Step 3", "Table 2", "Phase 1": a place in a list or a document, not a name
    return not all(t.lower_ in _NOT_NAMES or t.lower_ in ("new", "the") for t in words)


_LIST_LABELS = {"step", "stage", "phase", "table", "figure", "fig", "section", "chapter", "part", "item", "appendix"}


def _modifies(mod: Token, head: Token) -> bool:
    """`mod` sits in the modifiers before `head`: 'US' in 'US cloud providers'."""
    t = mod
    for _ in range(4):
        if t.dep_ not in ("amod", "compound", "nmod"):
            return False
        if t.head == head:
            return True
        t = t.head
    return False


def _name_like(tok: Token) -> bool:
    """A capitalised word used as a name though the NER missed it: 'Pellucid, which sells ...', "Pellucid's"."""
    if not tok.text[:1].isupper() or tok.tag_ not in ("NN", "NNP", "NNPS") or not _real_name(tok):
        return False
    if tok.lower_ in _GENERIC_SUBJECTS or any(c.dep_ == "det" for c in tok.children):
        return False
    if tok.tag_ in ("NNP", "NNPS") and tok.i > tok.sent.start:
        return True
    return any(c.dep_ in ("relcl", "appos") or c.tag_ == "POS" for c in tok.children)


def _descriptor_kind(tok: Token) -> str | None:
    """'it' -> 'any', 'we' -> 'org', 'the company' -> 'org', 'the model' -> 'model'; None for other words."""
    lower = tok.lower_
    if lower in _PRONOUN_KINDS and _pos(tok) == "PRON":
        return _PRONOUN_KINDS[lower]
    if lower in _ROLE_NOUNS:
        return "person" if any(c.lower_ in _DESCRIPTOR_DETS or c.dep_ in ("compound", "poss") for c in tok.children) else None
    kind = _DESCRIPTOR_WORDS.get(lower)
    if kind is None or _pos(tok) == "PROPN":
        return None
    if any(c.tag_ in ("JJS", "RBS") or c.lower_ in _NOT_ANAPHORIC for c in tok.children):
        return None  # "the best model", "the first company": a description, not a reference
    if any(c.dep_ in ("det", "poss", "predet") and c.lower_ in _DESCRIPTOR_DETS for c in tok.children):
        return kind
    return None


def _antecedent(tok: Token, kind: str, ctx: _Salience) -> str | None:
    """What a pronoun or descriptor refers to: a fitting name earlier in the sentence, else the context."""
    labels = _COMPATIBLE[kind]
    if tok.dep_ != "poss":  # "its 15,908 questions" may be a benchmark's; "it reached 82.6%" is not
        labels = tuple(label for label in labels if label != "BENCHMARK")
    inside = range(tok.left_edge.i, tok.right_edge.i + 1)
    best: tuple[int, int, Span] | None = None
    for ent in _ents_in(tok.sent):
        if ent.end > tok.i or ent.label_ not in labels or ent.start in inside or not _is_name(ent):
            continue
        if _is_side_mention(ent.root) or _counted(ent.root):
            continue
        subject_like = ent.root.dep_ in ("nsubj", "nsubjpass") or ent.root.head.dep_ in ("nsubj", "nsubjpass")
        key = (0 if subject_like else 1, tok.i - ent.end)
        if best is None or key < best[:2]:
            best = (key[0], key[1], ent)
    if best is not None:
        return _entity_name(best[2])
    if kind in ("any", "org"):
        for t in reversed(tok.sent[: tok.i - tok.sent.start]):
            if t.i not in inside and t.dep_ in ("nsubj", "nsubjpass", "poss") and _name_like(t) and not _counted(t):
                return _proper_name(t).text
    if tok.lower_ in ("they", "their", "them") and tok.dep_ in ("nsubj", "poss"):
        for t in reversed(tok.sent[: tok.i - tok.sent.start]):  # "Homeowners noted they spend $500"
            if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NNS" and _specific_noun(t) and t.head.i < tok.i \
                    and tok.i in range(t.head.left_edge.i, t.head.right_edge.i + 1):
                return _noun_phrase(t)
    found = ctx.get(kind)
    if found is None and kind == "org" and tok.dep_ in ("nsubj", "nsubjpass"):
        for ent in _ents_in(tok.sent):  # "Founded in 2014, the company has raised ..., putting SenseTime's total at"
            if ent.start > tok.i and ent.label_ == "ORG" and ent.root.dep_ == "poss" and _is_name(ent):
                return _entity_name(ent)
    if found is None and kind == "person":  # NER often tags a surname alone as an organisation
        for t in tok.sent:
            if t.i < tok.i and t.dep_ == "nsubj" and _pos(t) == "PROPN" and _real_name(t):
                named = _entity_of(t)
                return _entity_name(named) if named is not None else _noun_phrase(t)
    return found


# measures written "<measure> of <thing>", and a model's packaged forms written "<form> of <model>"
_MEASURED_OF_NOUNS = {"shipments", "sales", "exports", "imports", "deliveries", "orders", "spending", "prices", "downloads",
                      "installations", "adoption"}
_RELEASE_NOUNS = {"checkpoint", "checkpoints", "version", "versions", "variant", "variants", "build", "builds", "quant", "quants",
                  "weights", "edition", "release"}


def _of_object(tok: Token, q_range: range) -> Token | None:
    """The object of the 'of' phrase right after `tok` ('shipments of AI servers' -> servers), not a figure."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1:
            for obj in c.children:
                if obj.dep_ == "pobj" and obj.i not in q_range and not obj.like_num and obj.tag_ != "CD":
                    return obj
    return None


def _resolve(tok: Token, q_range: range, ctx: _Salience) -> tuple[str | None, bool]:
    """Name for a subject token; the flag says the name is a real name, not a fallback."""
    ent = _entity_of(tok) if not _is_ticker(tok) else None
    if ent is None and tok.tag_ in ("NNP", "NNPS") and _real_name(tok) and any(
            c.dep_ == "poss" and c.i not in q_range and (place := _entity_of(c)) is not None and place.label_ in ("GPE", "NORP")
            for c in tok.children):
        return _proper_name(tok).text, True  # "China's Apollo Go", "The UK's Isambard-AI": the name, not its country
    if _is_dateline(tok):  # "SAN FRANCISCO — Northwind Intelligence, ..., has raised"
        for c in tok.children:
            if c.dep_ in ("appos", "conj", "npadvmod") and c.i > tok.i and not _is_dateline(c):
                return _resolve(c, q_range, ctx)
        return None, False
    if ent is None and tok.lower_ in _MEASURED_OF_NOUNS | _RELEASE_NOUNS:
        of = _of_object(tok, q_range)
        if of is not None and (tok.lower_ in _MEASURED_OF_NOUNS or _entity_of(of) is not None or _pos(of) == "PROPN"):
            # "Shipments of AI servers rose 46%": the servers'; "The NVFP4 checkpoint of Corvid Large is 245 GB": Corvid Large's
            name, real = _resolve(of, q_range, ctx)
            if name:
                return name, real
    if ent is None and _pos(tok) != "PROPN":
        for c in tok.children:  # "Its latest model, Kumo-2, has ...": the name beside the description
            if c.dep_ == "appos" and c.i not in q_range and not c.text[:1].isdigit() and (
                    _entity_of(c) is not None or _pos(c) == "PROPN"):
                name, real = _resolve(c, q_range, ctx)
                if real and name:
                    return name, True
    if ent is not None:
        if ent.label_ in ("GPE", "NORP", "PERSON", "LOC"):
            for c in tok.children:
                appos = _entity_of(c) if c.dep_ == "appos" else None
                if appos is not None and appos.label_ in ("AI_MODEL", "ORG", "CHIP"):
                    return _entity_name(appos), True
        if ent.label_ in ("GPE", "NORP") and tok.dep_ in ("compound", "amod") and _entity_of(tok.head) is None:
            return _noun_phrase(tok.head), True  # "US data centers", "Chinese EVs": not the country itself
        return _entity_name(ent), True
    lower = tok.text.lower()
    if lower in _RELATIVE and tok.head.dep_ == "relcl":
        antecedent = tok.head.head
        if antecedent.dep_ == "appos" and _entity_of(antecedent) is None:
            antecedent = antecedent.head  # "Corvid Code 2, a model that ..."
        return _resolve(antecedent, q_range, ctx)
    kind = _descriptor_kind(tok)
    role = lower in _ROLE_NOUNS
    # the owner named inside the phrase: "ByteScale's platform", "the Apple iPhone", "Gemini's users";
    # a product name beats its maker's possessive: "ByteScale's Lattice chatbot" is Lattice's,
    # "its ChatGPT chatbot" ChatGPT's, "ByteDance's Doubao model family" Doubao's
    if not role:
        chain = [c for c in tok.lefts if c.dep_ == "compound"]
        chain += [g for c in chain for g in c.lefts if g.dep_ in ("compound", "amod")]
        for c in chain:
            product = _entity_of(c) if c.i not in q_range else None
            if product is not None and product.label_ in ("AI_MODEL", "PRODUCT", "CHIP") and not _is_side_mention(c):
                return _entity_name(product), True
    for c in sorted(tok.children, key=lambda c: c.dep_ != "compound" or _pos(c) != "PROPN"):
        if c.dep_ in ("poss", "compound") and c.i not in q_range and not role:
            owner = _entity_of(c)
            if owner is not None and not _is_side_mention(c):
                if owner.label_ in ("GPE", "NORP") and c.dep_ == "compound":
                    if kind is not None:
                        continue  # "the Abilene campus": a place, the owner comes from the context
                    return _noun_phrase(tok), True
                return _entity_name(owner), True
        if c.dep_ == "poss" and _pos(c) == "PRON" and c.lower_ in _PRONOUN_KINDS:
            name = _antecedent(c, _PRONOUN_KINDS[c.lower_], ctx)  # "its revenue" is the revenue of 'it'
            return name, name is not None
        if c.dep_ == "poss" and c.i not in q_range and not role and _pos(c) == "PROPN" and _real_name(c) \
                and lower in _MEASURE_NOUNS:
            return _proper_name(c).text, True  # "NVIDIA's revenue", "Hy3's error rate" when the NER missed the name
    if role:
        for c in tok.children:
            person = _entity_of(c) if c.dep_ in ("appos", "compound") else None
            if person is not None and person.label_ == "PERSON":
                return _entity_name(person), True
    beside = [_entity_of(c) for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i not in q_range]
    named_here = [e for e in beside if e is not None and e.label_ in ("AI_MODEL", "PRODUCT", "CHIP")]
    if kind is not None and named_here:
        return _entity_name(named_here[0]), True  # "The ChatGPT 3 model consumes ...": the model is named right there
    if kind is not None:
        name = _antecedent(tok, kind, ctx)
        return name, name is not None
    if _camel_name(tok) and tok.dep_ not in ("compound", "amod", "nmod"):
        return tok.text, True  # "We introduce CodeGeeX, a ... model": a product name tagged a common noun
    if _pos(tok) == "PROPN" and _real_name(tok):  # a name the NER missed beats names in its appositive
        return _noun_phrase(tok), True
    clauses = {t.i for c in tok.children if c.dep_ in ("acl", "relcl", "advcl", "ccomp", "conj") for t in c.subtree}
    inner = _entity_in(
        [c for c in tok.subtree if c.i not in clauses and (
            c.dep_ in ("appos", "poss", "compound", "pobj", "nmod", "npadvmod", "amod") or c.head == tok
            or c.head.head == tok)],
        q_range,
    )
    if inner is not None:
        if inner.label_ in ("GPE", "NORP") and _modifies(inner.root, tok):
            return _noun_phrase(tok), True  # "A Southeast Asian version", "the four largest US cloud providers"
        return _entity_name(inner), True
    if tok.like_num or tok.tag_ == "CD":  # "Roughly 140 of them pay ...": the group counted
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for obj in c.children:
                    if obj.dep_ == "pobj":
                        return _resolve(obj, q_range, ctx)
        return None, False
    if lower in _PRONOUN_SUBJECTS or _pos(tok) == "PRON":
        name = ctx.get("any")
        return name, name is not None
    if lower in _GENERIC_SUBJECTS:
        return None, False
    if _pos(tok) == "PROPN" and _real_name(tok):
        return _noun_phrase(tok), True
    return _noun_phrase(tok), False


def _owner_in(sent: Span, q_range: range, avoid: AbstractSet[int]) -> str | None:
    """The organisation a sentence names, or the one behind a product it names ('Facebook' -> 'Meta')."""
    for ent in _ents_in(sent):
        if ent.label_ not in ("ORG", "PRODUCT") or not _is_name(ent) or ent.start in q_range or ent.start in avoid:
            continue
        if _is_side_mention(ent.root):
            continue
        name = _entity_name(ent)
        known = lookup_entity(name)
        if known is not None and known.type == "product" and known.org:
            return known.org
        return name
    return None


def _subject_token(verb: Token) -> Token | None:
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") and not _is_dateline(c)]
    if len(subjects) > 1 and any(g.tag_ == "POS" for g in subjects[0].children):
        subjects = subjects[1:]  # "Elon Musk's xAI follows": a possessor parsed as a second subject
    if not subjects or subjects[0].dep_ == "expl":
        return None
    c = subjects[0]
    if c.dep_ == "csubj" or c.tag_ == "VBG":  # "Training GPT-4 cost $100M": what the doing is done to
        return next((o for o in c.children if o.dep_ == "dobj"), c)
    return c


_VOLUME_METRICS = {"tokens_processed", "users", "downloads", "revenue", "funding", "spending", "valuation", "training_tokens"}
_MODEL_METRICS = {
    "parameters", "active_parameters", "context_length", "training_tokens", "benchmark_score",
    "training_compute", "gpu_hours", "price_per_million_tokens", "throughput", "latency",
}


def _find_subject(q_tok: Token, q_range: range, metric: str, ctx: _Salience, money: bool = False) -> str | None:
    """The subject for a figure; for model properties a named model beats the company behind it."""
    subject = _subject_for(q_tok, q_range, metric, ctx, money)
    if subject is None:
        subject = _named_nearby(q_tok, q_range, metric)
    elif subject.lower() in _MEASURE_NOUNS or subject[:1].islower() and subject.split()[-1].lower() in _MEASURE_NOUNS:
        subject = _named_nearby(q_tok, q_range, metric) or subject  # "Revenue rose 24%": whose, if the sentence names it
    if subject is not None and _FIGURE_LIKE_RE.match(subject):  # "0.5B, 1.8B, 4B, 7B": sizes, not names
        return ctx.kinds.get("model") if metric in _MODEL_METRICS else None
    if subject is not None and _LINK_LIKE_RE.search(subject):  # a markdown link's address is not a name
        return ctx.kinds.get("model") if metric in _MODEL_METRICS else None
    if subject is not None:
        names_elsewhere = any(e.label_ in ("ORG", "PRODUCT", "AI_MODEL", "PERSON", "GPE") and e.text not in subject
                              for e in _ents_in(q_tok.sent))
        stripped = _without_measure(subject, common=not names_elsewhere)
        if stripped != subject:  # "data center revenue" is the data center's; "Q4 revenue" names nobody, so a name
            # before the figure ("For Meta, Q4 revenue climbed"), not an outlet after it ("..., two people told Reuters")
            nearby = None if stripped else _named_nearby(q_tok, q_range, metric)
            if nearby is not None and not 0 <= _span_text(q_tok.sent).find(nearby) < q_tok.idx - q_tok.sent.start_char:
                nearby = None
            subject = stripped or nearby or subject
    return subject



_NEARBY_LABELS = {
    "model": ("AI_MODEL", "PRODUCT"), "company": ("ORG",), "usage": ("AI_MODEL", "PRODUCT", "ORG"),
    "other": ("AI_MODEL", "PRODUCT", "CHIP"),
}


def _made_of_a_figure(subject: str, surface: str, figures: Sequence[str]) -> bool:
    """'a 1501 Elo', 'an estimated 149 zettabytes', '6B total parameters': a phrase built on a figure is no name;
    '1X Technologies' is one (a capital follows its figure)."""
    if subject.startswith(surface):
        return True
    phrase = subject[:1].islower() or re.match(r"[~$€£¥]?\d\S*\s+[a-z]", subject) is not None
    return phrase and any(f in subject for f in figures)


def _a_person_speaks(sent: Span) -> bool:
    """'he pledged $20 million', 'my salary': the figure is some person's, named or not."""
    return any(t.lower_ in ("he", "she", "his", "her", "i", "my") and _pos(t) == "PRON" for t in sent)


def _named_nearby(q_tok: Token, q_range: range, metric: str) -> str | None:
    """When the structure names nothing, the nearest name of a fitting kind in the sentence:
    "Our first-party models like Gemini now process ...", "pack the iPhone 15 Pro Max with up to 1TB"."""
    kind = _metric_group(metric)
    sent = q_tok.sent
    if _a_person_speaks(sent):
        return None  # a person's figure: not some product named beside it
    avoid = _attributors(sent) | {t.i for a in sent if a.dep_ == "agent" for t in a.subtree}
    found = [e for e in _ents_in(sent) if e.label_ in _NEARBY_LABELS[kind] and _is_name(e) and e.start not in q_range
             and e.start not in avoid and not _is_side_mention(e.root) and not _counted(e.root)]
    if not found:
        return None
    found.sort(key=lambda e: (e.start > q_tok.i, abs(e.start - q_tok.i)))
    return _entity_name(found[0])


def _subject_for(q_tok: Token, q_range: range, metric: str, ctx: _Salience, money: bool = False) -> str | None:
    subject = _structural_subject(q_tok, q_range, metric, ctx, money)
    if subject is not None and (_FIGURE_LIKE_RE.match(subject) or is_opening_verb(subject)):
        subject = None  # "of which 21B are activated": the figure itself is no subject; "Captures 33 expressions": a verb
    if subject is not None and _is_benchmark_name(subject, q_tok.sent) and metric not in _COMPANY_METRICS:
        subject = None  # "leads by 7.9% ... on MBPP and DS-1000": the test is not who scored
    if metric in _MODEL_METRICS:
        # "a 100B BitNet b1.58 model": the noun phrase the size modifies names the model
        head = q_tok.head if q_tok.dep_ in ("nummod", "compound", "amod", "quantmod") else None
        if head is not None:
            ent = _entity_in([t for t in head.subtree if t.i < head.i or t == head], q_range)
            if ent is not None and ent.label_ == "AI_MODEL":
                return _entity_name(ent)
        known = lookup_entity(subject) if subject else None
        # "Zephyr-2", "CodeGeeX" measured as a model are models; "Corvid Labs" stays the company
        versioned = metric if subject and (re.search(r"\d", subject) or _camel_text(subject)) else None
        label = _label_of(subject, q_tok.sent, versioned) if subject and known is None else None
        compared = subject is not None and _compared_before(q_tok.doc, q_range.start, q_tok.sent.start) and \
            q_range.stop < q_tok.sent.end and q_tok.doc[q_range.stop].lower_ == "for"
        if not compared and (subject is None or (known is not None and known.type in ("org", "country"))
                             or label in ("ORG", "GPE", "PERSON")):
            models = [e for e in _ents_in(q_tok.sent) if (e.label_ == "AI_MODEL" or e.label_ == "PRODUCT" and re.search(
                r"\d", e.text)) and not _is_side_mention(e.root) and e.start not in q_range and _is_name(e)]
            if models and metric in ("throughput", "latency") and subject is not None:
                verb = _governing_verb(q_tok)
                who = _subject_token(verb) if _pos(verb) in ("VERB", "AUX") else None
                if who is not None and who.i < verb.i and who.text in subject:
                    models = [e for e in models if e.start < verb.i]  # "vLLM serves Llama 2 with up to 24x higher
                    if not models:  # throughput": the speed of the tool that acts on the model
                        return subject
            if models:
                models.sort(key=lambda e: (e.start > q_tok.i, abs(e.start - q_tok.i)))
                return _entity_name(models[0])
            named = [n for n in _versioned_names(q_tok.sent, q_range) if n.text != subject and not _is_side_mention(n.root)]
            if named:  # "Corvid Labs released Corvid Code 2, a model that ... resolves 62.4%"
                named.sort(key=lambda n: (n.start > q_tok.i, abs(n.start - q_tok.i)))
                return named[0].text
            if subject is not None and subject == ctx.kinds.get("org") and ctx.kinds.get("model"):
                return ctx.kinds["model"]  # "the company says it runs at 150 tokens/s": the model it released
            if subject is None:  # "Models are pre-trained using 1.8T tokens" in a model's README
                return ctx.kinds.get("model") or (ctx.last if ctx.last_kind in ("model", None) else None)
    return subject


_LINK_LIKE_RE = re.compile(r"https?:|www\.|/|\b[\w-]*[0-9a-f]{12,}\b|\.(?:com|org|io|ai|html?)\b")
_FIGURE_LIKE_RE = re.compile(r"^[~$€£¥]?\d[\d.,]*\s*(?:[KMBTkmbt]|bn|billion|million|thousand|trillion|%)?$")


def _is_benchmark_name(name: str, sent: Span) -> bool:
    known = lookup_entity(name)
    if known is not None:
        return known.type == "benchmark"
    return any(e.label_ == "BENCHMARK" and _entity_name(e) == name for e in _ents_in(sent))


_NOUN_TAGS = ("NN", "NNS", "NNP", "NNPS")
_NOT_PRODUCT_LABELS = ("ORG", "GPE", "NORP", "PERSON", "LOC", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL")


def _named_thing_priced(q_tok: Token, q_range: range, ctx: _Salience) -> str | None:
    """A product name the figure belongs to: '$10 Champagne bottles', 'Element UHD HDTV ... for $499.99'."""
    head = q_tok.head
    if q_tok.dep_ in ("nummod", "compound", "amod", "quantmod") and head.tag_ in _NOUN_TAGS and head.i > q_tok.i:
        mods = [c for c in head.lefts if c.i > q_tok.right_edge.i and c.dep_ in ("compound", "nmod", "amod")]
        if not mods:
            return None
        words = head.doc[min(c.left_edge.i for c in mods) : head.i + 1]
        names = [t for t in words if t.tag_ in ("NNP", "NNPS")]
        if not names or all(t.ent_type_ in _NOT_PRODUCT_LABELS for t in names):
            return None  # "a $2 billion OpenAI deal": the company's, read elsewhere
        return re.sub(r"['’]s$", "", words.text).strip()
    if q_tok.dep_ == "pobj" and head.lower_ == "for" and head.head.tag_ in _NOUN_TAGS and head.head.i < q_tok.i:
        noun = head.head
        if noun.tag_ not in ("NNP", "NNPS") or noun.ent_type_ in _NOT_PRODUCT_LABELS:
            return None  # "Soon-Shiong's purchase of The Times for $500 million": left to the verb's reading
        name, real = _resolve(noun, q_range, ctx)
        if real and name:
            return name
    return None


_NAME_LABELS = ("AI_MODEL", "ORG", "CHIP", "PRODUCT")


def _reporter_org(sent: Span) -> str | None:
    """The company of whoever reports a figure: "Amazon's finance chief said ...", "Nvidia CEO Jensen Huang said"."""
    for tok in sent:
        if tok.lower_ not in _REPORT_VERBS or _pos(tok) not in ("VERB", "AUX"):
            continue
        subj = _subject_token(tok)
        if subj is None:
            continue
        for t in subj.subtree:
            ent = _entity_of(t)
            if ent is not None and ent.label_ == "ORG" and ent.root.dep_ in ("poss", "compound"):
                return _entity_name(ent)
    return None


def _invested_in(prep: Token, q_range: range) -> str | None:
    """The company after "in"/"into" that money goes to, skipping the investors named inside the phrase."""
    for c in prep.children:
        if c.dep_ == "pobj":
            investors = _investors(c)
            ent = _entity_of(c) or _entity_in([x for x in c.subtree if x.i not in investors], q_range)
            if ent is not None and ent.label_ in ("ORG", "AI_MODEL"):
                return _entity_name(ent)
    return None


_COMMIT_WORDS = {"commit", "commits", "committed", "committing", "commitment", "pledge", "pledges", "pledged", "pledging"}


def _committed_to(q_tok: Token, q_range: range) -> str | None:
    """The company money is committed or pledged to: 'committed $25 billion to Anthropic', 'a commitment of $33
    billion to Anthropic'. None when the money goes to a thing ('committed $10 billion to a data center')."""
    head = q_tok
    for _ in range(4):  # the figure's own commit verb or noun, a few steps up the tree
        if head.lower_ in _COMMIT_WORDS:
            break
        if head.head == head:
            return None
        head = head.head
    else:
        return None
    for prep in head.children:
        if prep.lower_ == "to" and prep.dep_ in ("prep", "dative"):
            return _invested_in(prep, q_range)
    return None


_GENERIC_INVESTORS_RE = re.compile(r"^\W*(?:the\s+|global\s+|u\.?s\.?\s+)?(?:investors|venture\s+capital(?:ists|\s+firms|\s+funds)|vcs|vc\s+firms|"
                                   r"backers)\b(?:\s+(?:have|had|has))?\s+(?:\w+\s+)?(?:poured|invested|put|pumped|plowed|ploughed|"
                                   r"funneled|funnelled|injected)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|over\s+|more than\s+)?$",
                                   re.IGNORECASE)
_GENERIC_RECEIVER_RE = re.compile(r"\s+(?:in|into)\s+((?:[\w-]+\s+){0,3}?(?:start-?ups?|companies|firms|labs|developers))\b")
_TAKEOVER_NOUNS = {"acquisition", "acquisitions", "purchase", "takeover", "buyout"}
_BUY_WORDS = {"buy", "buys", "bought", "buying", "acquire", "acquires", "acquired", "acquiring", "purchase", "purchases",
              "purchased", "purchasing"}


def _company_words(obj: Token, q_range: range) -> str | None:
    """The proper name a bought thing is written as: 'Mobileye', 'Orbit Robotics' (not '350,000 Nvidia H100 GPUs', 'land')."""
    words = [t for t in obj.subtree if t.i <= obj.i and t.dep_ == "compound" and t.head == obj or t == obj]
    nxt = obj.doc[obj.i + 1] if obj.i + 1 < len(obj.doc) else None
    if nxt is not None and nxt.text[:1].islower() and nxt.dep_ == "compound":
        return None  # "of agentic AI startup Manus" read as "of AI": a word of a longer phrase, not the name
    if not words or any(t.i in q_range or t.like_num for t in obj.subtree) or not all(t.text[:1].isupper() for t in words):
        return None
    known = lookup_entity(obj.text)
    if _CHIP_WORDS_RE.search(obj.text.lower()) or known is not None and known.type == "chip":
        return None
    return obj.doc[words[0].i : obj.i + 1].text


def _acquired(q_tok: Token, q_range: range) -> str | None:
    """The company a takeover's price is paid for: "Intel's $15.3 billion acquisition of Mobileye", "announces the
    acquisition of MosaicML for $1.3 billion", "agreed to buy Meridian for $2.2 billion": the one bought, not the buyer."""
    head = q_tok
    for _ in range(5):
        if head.lower_ in _TAKEOVER_NOUNS:
            noun = head
            break
        if head.lower_ == "for" and head.dep_ == "prep":
            verb = head.head
            if verb.lower_ in _BUY_WORDS:
                for obj in verb.children:
                    if obj.dep_ == "dobj":
                        return _company_words(obj, q_range)
                return None
            if verb.lower_ in _TAKEOVER_NOUNS:
                noun = verb
                break
            nouns = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _TAKEOVER_NOUNS]
            if not nouns:
                return None
            noun = nouns[0]
            break
        if head.head == head:
            return None
        head = head.head
    else:
        return None
    for prep in noun.children:
        if prep.lower_ == "of" and prep.dep_ == "prep":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return _company_words(obj, q_range)
    return None


def _investors(tok: Token) -> set[int]:
    """Token ids of the investors inside a funding phrase: 'led by CDH', 'from investors including Nvidia'."""
    out: set[int] = set()
    for p in tok.subtree:
        if (p.dep_ == "prep" and p.lower_ in _NOT_SALIENT_PREPS) or p.dep_ == "agent" or (
                p.dep_ in ("acl", "relcl") and p.lower_ in ("led", "co-led", "backed", "joined", "financed")):
            out.update(x.i for x in p.subtree)
    return out


_RAISE_VERBS = {"raise", "raised", "raises", "raising", "secure", "secured", "secures", "securing", "land", "landed",
                "lands", "close", "closed", "closes", "closing", "receive", "received", "receives", "bag", "bagged",
                "attract", "attracted", "net", "netted", "nets"}


def _funding_receiver(sent: Span, q_range: range) -> str | None:
    """The company a sentence's funding goes to: the one invested in, or the one raising the money."""
    for t in sent:
        if t.lower_ in ("in", "into") and t.dep_ == "prep" and t.head.lower_ in (
                "round", "investment", "invest", "invests", "invested", "investing", "stake", "bet", "money",
                "capital", "funding", "financing"):
            receiver = _invested_in(t, q_range)
            if receiver is not None:
                return receiver
    for t in sent:
        subj = _subject_token(t) if t.lower_ in _RAISE_VERBS and _pos(t) == "VERB" else None
        ent = _entity_of(subj) if subj is not None else None
        if ent is not None and ent.label_ in ("ORG", "AI_MODEL"):
            return _entity_name(ent)
        if subj is not None and ent is None and (_pos(subj) == "PROPN" and _real_name(subj) or _camel_name(subj)):
            return _proper_name(subj).text  # a start-up the NER does not know
    return None


def _name_ending_at(doc: Doc, end: int) -> str | None:
    """A name whose last token is doc[end - 1]: an entity, or a proper name carrying a version."""
    if end <= 0:
        return None
    tok = doc[end - 1]
    ent = _entity_of(tok)
    if ent is not None and ent.end == end and ent.label_ in _NAME_LABELS:
        return _entity_name(ent)
    if ent is not None:
        return None
    if re.fullmatch(r"[A-Za-z][A-Za-z.]*-\d[\w.-]*", tok.text) or _camel_name(tok):
        return tok.text  # "GPT-5.5" tagged as a plural noun, "CodeGeeX"
    if tok.tag_ in ("NNP", "NNPS") and _real_name(tok):
        span = _proper_name(tok)  # "Gemini 3.1 Pro"
        if re.search(r"\d", span.text) or any(_entity_of(t) is not None for t in span):
            return span.text
    return None


_PRICE_NOUNS = {"price", "prices", "pricing", "cost", "costs"}
_CUT_VERBS = {"cut", "cuts", "slashed", "slashes", "slash", "lowered", "lowers", "reduced", "reduces", "dropped", "drops",
              "raised", "raises", "hiked", "increased"}


def _priced_thing_cut(q_tok: Token, q_range: range, ctx: _Salience) -> str | None:
    """'Alibaba Cloud cut the price of Qwen-Long by 97 percent': the product whose price moved, not the seller."""
    by = q_tok.head if q_tok.dep_ == "pobj" else q_tok.head.head if q_tok.head.dep_ == "pobj" else None
    if by is None or by.lower_ != "by" or by.head.lower_ not in _CUT_VERBS:
        return None
    things = [thing for obj in by.head.children if obj.dep_ in ("dobj", "nsubjpass") and obj.lower_ in _PRICE_NOUNS
              for prep in obj.children if prep.dep_ == "prep" and prep.lower_ in ("of", "for")
              for thing in prep.children if thing.dep_ == "pobj" and thing.i not in q_range]
    for thing in things:
        name, real = _resolve(thing, q_range, ctx)
        if real and name:
            return name
    return None


def _beater_of(q_tok: Token, q_range: range) -> str | None:
    """'Corvid-3 outperforms GPT-4o by 3.1 points': the name before the beating verb the margin is by, however the
    parser reads an unknown name at the start of a sentence."""
    doc, sent = q_tok.doc, q_tok.sent
    start = q_range.start
    while start > sent.start and doc[start - 1].lower_ in _BOUND_WORDS:
        start -= 1
    if start - 3 < sent.start or doc[start - 1].lower_ != "by":
        return None
    for v in reversed(doc[max(sent.start, start - 9) : start - 1]):
        if v.is_punct and v.text != "-":
            return None
        if v.lower_.startswith(_BEATING_VERBS) and v.tag_[:2] in ("VB", "NN") and v.tag_ != "VBN" and v.i > sent.start:
            name = _name_ending_at(doc, v.i)
            if name is None and v.i - 3 >= sent.start and doc[v.i - 2].text == "-" and doc[v.i - 3].text[:1].isupper() \
                    and doc[v.i - 1].text[:1].isupper():
                name = doc[v.i - 3 : v.i].text  # "Zephyr-Large exceeds ..."
            return name
    return None


# words that only bound or soften the figure right after them: "about $767M", "~58.6%", "over 300"
_BOUND_WORDS = {"~", "about", "around", "roughly", "nearly", "only", "just", "over", ">", "<", "≥", "≤", ">=", "<="}


# "an Nvidia-backed startup", "the Microsoft-funded lab": the name before the hyphen is an investor
_BACKER_RE = re.compile(r"\b([A-Z][\w.&]*(?:\s[A-Z][\w.&]*){0,2})-(?:backed|funded)\b")


# "SoftBank led a $40 billion round in OpenAI", "Sequoia Capital put $100 million into Harvey": whoever leads a round in
# another company, or puts a sum into one, is its investor, and the round's sums and valuation are the other's (not
# "Microsoft invested $80 billion in AI data centers", "Microsoft invested in OpenAI and reported revenue of ...")
_INTO_ANOTHER_RE = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?:(?:led|co-led|headed)\s+(?:an?|the|its)\s+(?:[^\s.;]+\s+){0,5}?(?:round|investment|financing|raise)|"
    r"(?:invest(?:s|ed|ing)?|put|poured|pumped|injected|ploughed|plowed)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|over\s+|"
    r"more than\s+|up to\s+|another\s+|an additional\s+)?[$€£¥]\s?[\d.,]+(?:\s?(?:billion|million|bn|m|b))?[^.;]{0,40}?)"
    r"\s+(?:in|into)\s+(?:[A-Z](?!I\b)[\w.&'’-]*|the\s+(?:[\w-]+\s+){0,2}(?:startup|company|firm|lab)\b|"
    r"(?:[\w-]+\s+){0,3}?(?:startups|start-ups|companies|firms|labs)\b)")
_NAME_BEFORE_RE = re.compile(r"((?:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})(?:(?:,\s*(?:and\s+)?|\s+and\s+)"
                             r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}){0,4})\s+$")


def _backers(sentence: str) -> set[str]:
    """Name keys of investors named only as "Nvidia-backed" in a sentence ("... while Nvidia-backed CoreWeave raised $7.5
    billion" keeps Nvidia for the figure it reported itself)."""
    out = set()
    for m in _BACKER_RE.finditer(sentence):
        name = re.sub(r"^(?:The|An?)\s+", "", m.group(1))
        elsewhere = sentence[: m.end(1) - len(name)] + sentence[m.end(1) :]
        if not re.search(r"\b" + re.escape(name) + r"\b(?!-)", elsewhere):
            out.add(name_key(name))
    return out


_NAMES = r"([A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}(?:(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}){0,4})"
# "Led by Lightspeed, the round ...", "backed by Sequoia and Nvidia", "$200 million from Nvidia", "from investors including
# Nvidia": the names after are investors
_INVESTORS_AFTER_RE = re.compile(r"\b(?:[Cc]o-)?(?:[Ll]ed|[Bb]acked|[Jj]oined|[Ff]inanced|[Hh]eaded)\s+by\s+(?:investors\s+(?:including|such as|like)\s+)?" + _NAMES
                                 + r"|\b(?:million|billion|bn|[mb])\s+from\s+(?:investors\s+(?:including|such as|like)\s+)?" + _NAMES
                                 + r"|\bfrom\s+(?:(?:new|existing)\s+)?(?:investors|backers)\s+(?:including|such as|like)\s+" + _NAMES)
# "Thrive Capital led the $6.6 billion round, which valued OpenAI", "Nvidia and Amazon backed the $1 billion raise by X"
_LED_A_ROUND_RE = re.compile(r"\b(?:(?:has|have|had)\s+)?(?:led|co-led|headed|backed|joined|participated\s+in)\s+(?:an?|the|its)\s+"
                             r"(?:[^\s;]+\s+){0,5}?(?:round|investment|financing|raise|fundraise|funding)\b")


def _round_investors(sentence: str) -> set[str]:
    """Name keys of whoever leads a round in another company or puts a sum into one ("Nvidia and AMD invested $50
    million and $20 million in the startup"): never the subject of that round's sums or valuation."""
    out = set()
    for m in _INVESTORS_AFTER_RE.finditer(sentence):
        names = next(g for g in m.groups() if g)
        for name in re.split(r",\s*(?:and\s+)?|\s+and\s+", names):
            name = re.sub(r"^(?:The|An?)\s+", "", name)
            if name and name not in ("It", "They", "We", "He", "She", "This"):
                out.add(name_key(name))
    for m in list(_INTO_ANOTHER_RE.finditer(sentence)) + list(_LED_A_ROUND_RE.finditer(sentence)):
        names = _NAME_BEFORE_RE.search(sentence[max(0, m.start() - 120) : m.start()])
        if names is None:
            continue
        for name in re.split(r",\s*(?:and\s+)?|\s+and\s+", names.group(1)):
            name = re.sub(r"^(?:The|An?)\s+", "", name)
            if name and name not in ("It", "They", "We", "He", "She", "This"):
                out.add(name_key(name))
    return out


def _among(name: str, keys: set[str]) -> bool:
    """A name is one of `keys` or starts with one ("Sequoia Capital" for "Sequoia")."""
    key = name_key(name)
    return any(key == k or key.startswith(k + " ") for k in keys)
_SCORE_LIST_RE = re.compile(
    r"\bon\s+(?:the\s+)?((?:[A-Z][\w.+-]*(?:[ -][A-Z0-9][\w.+-]*){0,2}\s*\(\s*\d{1,3}(?:\.\d+)?\s*%?\s*\)\s*,?\s*(?:and\s+)?){2,})")
_SCORE_ITEM_RE = re.compile(r"([A-Z][\w.+-]*(?:[ -][A-Z0-9][\w.+-]*){0,2})\s*\(\s*(\d{1,3}(?:\.\d+)?\s*%?)\s*\)")


def _score_list(sentence: str) -> dict[tuple[int, int], str]:
    """Figures in a list of benchmarks with their scores after "on" ("on ChartQA (71.2%), DocVQA (88.4%)"), by their span
    in the sentence, with the benchmark each is scored on."""
    out: dict[tuple[int, int], str] = {}
    if not _model_talk(sentence) or re.search(r"\b(?:funds?|etfs?|portfolios?|stakes?|holdings?|shares|stocks?|tariffs?|investors?|"
                                               r"bets?|voters?|polls?)\b", sentence, re.IGNORECASE):
        return out  # "the fund is concentrated on Nvidia (18%), Microsoft (12%)": holdings, not scores
    for m in _SCORE_LIST_RE.finditer(sentence):
        for item in _SCORE_ITEM_RE.finditer(sentence, m.start(1), m.end(1)):
            out[(item.start(2), item.start(2) + len(item.group(2).rstrip()))] = item.group(1)
    return out


_SIGNED_ITEM_RE = re.compile(r"(?:^|[,;:]\s*(?:and\s+)?)([A-Z][\w.+-]*(?:[ -][A-Z0-9][\w.+-]*){0,2})\s*\+\s*$")
_SIGNED_PAIR_RE = re.compile(r"[A-Z][\w.+-]*\s+\+\s*\d")


def _signed_list_name(before: str, after: str) -> str | None:
    """The name a change belongs to in a list of names with signed changes ("Gemini +190% YoY, ChatGPT +85% YoY"); None
    outside such a list ("Nvidia Corp. NVDA +5.50%" alone is a ticker line)."""
    m = _SIGNED_ITEM_RE.search(before)
    if m is None or not (_SIGNED_PAIR_RE.search(before[: m.start(1)]) or _SIGNED_PAIR_RE.search(after)):
        return None
    return m.group(1)


_OWNED_FIGURE_RE = re.compile(r"['’]s?\s+(?:(?:an?\s+)?(?:estimated|reported|roughly|about|around|nearly|almost|over|"
                               r"more than|just|only|some)\s+)*[*_]*$")
_OWNED_ELSEWHERE_RE = re.compile(r"[*_]*\s*(?:[\w-]+\s+){0,2}?(?:for|in|into|to|acquisition|purchase|buyout|takeover|"
                                 r"investment|stake|bid|offer)\b", re.IGNORECASE)


def _possessor(text: str, names: list[tuple[str, Span, str]], start: int, end: int) -> str | None:
    """The name that owns a figure written straight after it: "the Nasdaq’s 23% gain", "vs Opus's 38.93", where the
    parse may lose the owner. Not where words after the figure point elsewhere ("Google’s $191 million for Gemini
    Ultra", "Intel’s $15.3 billion acquisition of Mobileye", "... gain in March", which the rules then decide)."""
    m = _OWNED_FIGURE_RE.search(text, max(0, start - 60), start)
    if m is None or m.end() != start or _OWNED_ELSEWHERE_RE.match(text, end) or re.search(
            r"-[A-Za-z]*$", text[start:end] + text[end : end + 1].strip()):
        return None  # no "'s" right before, spent on another, or "Tessel's ~7.6B-param model" (the model's size)
    owners = sorted((span.start_char, name) for name, span, _ in names if span.end_char == m.start())
    if not owners or owners[0][1].lower() in _NOT_OWNERS:
        return None
    at, name = owners[0]
    for before, span_end, earlier in sorted(((span.start_char, span.end_char, n) for n, span, _ in names), reverse=True):
        if span_end < at and text[span_end:at] == " " and earlier == text[before:span_end]:
            at, name = before, text[before : m.start()]  # "Gemini" and "Ultra": one name, "Gemini Ultra"
    return name


_FIGURE_JOIN_RE = re.compile(r"[*_\s]*(?:,[*_\s]*(?:(?:and|&)[*_\s]+)?|(?:and|&)[*_\s]+)")  # "12%, 15%, and 34%", "**75.7%** and **55.7%**"
_BODY_OF_RE = re.compile(r"\b(?:Academy|Institute|University|Ministry|Department|School|College|Bank|Council|Association|"
                         r"Federation|Society|Office|Bureau|Agency|Commission|Board|Foundation|Laborator(?:y|ies)|Centr?er?)"
                         r"\s+(?:of|for)\s")
_NAME_JOIN_RE = re.compile(r"(?:['’]s?)?(?:\s*\([^()]{1,30}\))?(?:\s*,|,?\s+(?:and|&))\s+")  # "Meta’s and", "Fetch.ai (FET), and"


def _respective_names(sent: Span, names: list[tuple[str, Span, str]], found: list[Claim]) -> list[Claim]:
    """'AMD and Intel ... $3.5 billion and $0.5 billion, respectively': the n-th figure of a list is the n-th name of
    the list written before it. Only with "respectively"; funding stays with whoever receives it."""
    if len(found) < 2 or not re.search(r"\brespectively\b", _span_text(sent), re.IGNORECASE):
        return found
    text = _doc_text(sent.doc)
    by_span = {(span.start_char, span.end_char): name for name, span, label in names if label != "BENCHMARK"}
    spans = [(a, b, n) for (a, b), n in sorted(by_span.items()) if not (text[a - 1 : a] == "(" and text[b : b + 1] == ")")]
    # "(AGIX)": a ticker in brackets is no name of its own
    chains: list[list[tuple[int, int, str]]] = []
    for a, b, n in spans:
        if chains and _NAME_JOIN_RE.fullmatch(text[chains[-1][-1][1] : a]):
            chains[-1].append((a, b, n))
        else:
            chains.append([(a, b, n)])
    out = list(found)
    i = 0
    while i < len(out):
        j = i + 1
        while j < len(out) and out[j].unit == out[i].unit and _FIGURE_JOIN_RE.fullmatch(text[out[j - 1].end : out[j].start]):
            j += 1
        run = range(i, j)
        i = j
        # "respectively" closes this list of figures, with no other list between ("10% and 20% in 2023 and 2024,
        # respectively" pairs the figures with the years)
        tail = re.match(r"[^.;]*?\brespectively\b", text[out[run[-1]].end : sent.end_char], re.IGNORECASE)
        if len(run) < 2 or tail is None or re.search(r"\b(?:and|or)\b|&", tail.group(0)):
            continue
        before = [c for c in chains if c[-1][1] <= out[run[0]].start]
        chain = before[-1] if before else None
        if any(out[k].metric == "funding" for k in run) and not (chain and re.fullmatch(
                r"\s+(?:have\s+|had\s+)?(?:raised|secured|closed|landed|received|bagged|attracted|netted)\s+(?:(?:funding\s+)?rounds?\s+of\s+)?"
                r"(?:(?:about|around|roughly|nearly|over|more than|some|just|only)\s+)?", text[chain[-1][1] : out[run[0]].start])):
            continue  # funding stays with whoever receives it: the names only when they raised it ("A and B raised $X and $Y")
        if chain is None or len(chain) != len(run) or _BODY_OF_RE.search(text[max(0, chain[0][0] - 40) : chain[0][1]]) \
                or re.search(r"\bin\s+(?:the\s+)?$", text[max(0, chain[0][0] - 8) : chain[0][0]]):
            continue  # the names nearest before the figures, of as many ("Academy of Information and Communications
            # Technology" is one name; "revenue in the US and Europe" is where, not whose)
        for k, (_, _, name) in zip(run, chain):
            held = out[k].subject
            if not (held and name_key(name) in name_key(held)):  # "Comma 7B-2T" says more than "Comma"
                out[k] = replace(out[k], subject=name)
    return out


def _name_beside(q_tok: Token, q_range: range) -> str | None:
    """A name the figure is written against: 'GPT-5.5 at 58.6%', '$1.3 billion for AMD', 'Alphabet ($75B)'."""
    doc = q_tok.doc
    sent = q_tok.sent
    start, end = q_range.start, q_range.stop
    while start > sent.start and doc[start - 1].lower_ in _BOUND_WORDS:
        start -= 1
    if start - 2 >= sent.start and doc[start - 1].lower_ == "at" and not (end < sent.end and doc[end].lower_ in ("the", "of")):
        # (not "DGX B200 at one-third the cost": a ratio to the name's cost, about something else)
        name = _name_ending_at(doc, start - 1)
        if name is not None:
            return name
    if end + 1 < sent.end and doc[end].lower_ in ("in", "from", "among") and _compared_lead(doc, start, sent.start):
        place = _entity_of(doc[end + 1])
        if place is not None and place.start == end + 1 and place.label_ in ("GPE", "NORP", "LOC"):
            return _entity_name(place)  # "..., compared with 83% in China and 80% in Indonesia": each place's own figure
    if end + 1 < sent.end and doc[end].lower_ in ("for", "in"):
        obj = doc[end + 1]
        while obj.i + 1 < sent.end and obj.dep_ in ("compound", "det") and obj.head.i > obj.i:
            obj = obj.head
        ent = _entity_of(obj)
        if doc[end].lower_ == "for" and ent is not None and ent.label_ in _NAME_LABELS and ent.root.dep_ == "pobj" \
                and ent.root.head.i == end:
            return _entity_name(ent)
        if not (_compared_before(doc, start, sent.start) and obj.dep_ == "pobj" and obj.head.i == end):
            pass
        elif doc[end].lower_ == "for" and (ent is not None and ent.label_ in ("PERSON", "GPE") or _pos(obj) == "PROPN" and _real_name(obj)):
            # "versus 65.0% for Tessel-3 Pro", "compared with 61 tokens per second for Zephyr Pro": the name the
            # second figure of a comparison is given for (a product the tagger reads as a person or place too)
            return _entity_name(ent) if ent is not None else _proper_name(obj).text
        elif doc[end].lower_ == "in" and (ent is not None and ent.label_ in ("AI_MODEL", "CHIP", "PRODUCT") or ent is None and _pos(
                obj) == "PROPN" and _real_name(obj) and re.search(r"\d", obj.text)):
            return _entity_name(ent) if ent is not None else _proper_name(obj).text  # "up from 29 in Quill-1" (not "in March")
    if start - 2 >= sent.start and doc[start - 1].text == "(" and end < sent.end and doc[end].text == ")":
        return _name_ending_at(doc, start - 1)
    return None


def _compared_lead(doc: Doc, start: int, lo: int) -> bool:
    """The figure at doc[start] is the other side of a comparison, or a later item of that side's list ("compared with
    15 from China and three from Europe")."""
    if _compared_before(doc, start, lo):
        return True
    if start - 1 > lo and doc[start - 1].lower_ == "and":
        for j in range(start - 2, max(lo, start - 9), -1):
            if doc[j].lower_ in ("versus", "vs", "vs.", "against", "with", "to"):
                return _compared_before(doc, j + 1, lo)
    return False


def _compared_before(doc: Doc, start: int, lo: int) -> bool:
    """'versus', 'compared with', 'against', 'up from' just before doc[start]: the figure is the other side of a comparison."""
    words = [t.lower_ for t in doc[max(lo, start - 2) : start]]
    return bool(words) and (words[-1] in ("versus", "vs", "vs.", "against") or words[-2:] in (
        ["compared", "with"], ["compared", "to"], ["up", "from"], ["down", "from"]))


_LIST_BREAKS = {",", ";", "and", "while", "whereas"}
_ITEM_ENDS = _LIST_BREAKS | {")", "."}


def _list_name(doc: Doc, lo: int, hi: int) -> str | None:
    """The name that is exactly doc[lo:hi] (an entity or a proper noun), or None."""
    if hi <= lo:
        return None
    ent = _entity_of(doc[lo])
    if ent is not None:
        fits = ent.start == lo and ent.end == hi and ent.label_ in _NAME_LABELS + ("PERSON", "GPE")
        if not fits and ent.start == lo and ent.end < hi <= ent.end + 2 and ent.label_ in _NAME_LABELS and all(
                t.tag_ in ("NNP", "NNPS") and not t.like_num for t in doc[ent.end : hi]):
            return doc[lo:hi].text  # "Microsoft Azure", "Tencent Yuanbao": the maker's name and its product's
        return _entity_name(ent) if fits else None
    if doc[hi - 1].tag_ not in ("NNP", "NNPS") or not _real_name(doc[hi - 1]) or re.fullmatch(
            r"m?AP(?:50|75|r|_?[rsml])?|mIoU|FID|[pP]\d+", doc[lo:hi].text):
        return None  # "36.6 AP", "p99 2.8s": what is measured, not who
    name = _proper_name(doc[hi - 1])
    return name.text if name.start == lo and name.end == hi else None


def _gapped_name(q_tok: Token, q_range: range) -> str | None:
    """The name a figure is paired with in a list whose verb is said once: 'Figure raised $1.75B, Apptronik about
    $767M and Agility $641M', '59% use ChatGPT, 51% Bing and 34% Bard': the name in the figure's own list item."""
    doc, sent = q_tok.doc, q_tok.sent
    start, end = q_range.start, q_range.stop
    while start > sent.start and doc[start - 1].lower_ in _BOUND_WORDS:
        start -= 1
    closes = end >= sent.end or doc[end].lower_ in _ITEM_ENDS or (end == sent.end - 1 and doc[end].is_punct)
    # the item starts after a comma, 'and' or ';': find where
    lo = start
    while lo > sent.start and doc[lo - 1].lower_ not in _LIST_BREAKS and start - lo < 6:
        lo -= 1
    if closes and lo > sent.start and doc[lo - 1].lower_ in _LIST_BREAKS:
        name = _list_name(doc, lo, start)  # ", Apptronik about $767M,"
        if name is not None:
            return name
    if start == sent.start or doc[start - 1].lower_ in _LIST_BREAKS:
        hi = end
        while hi < sent.end and doc[hi].lower_ not in _ITEM_ENDS and hi - end < 6:
            hi += 1
        if hi > end and (hi >= sent.end or doc[hi].lower_ in _ITEM_ENDS):
            return _list_name(doc, end, hi)  # ", 51% Bing,"
    return None


def _labelled_by(q_tok: Token, q_range: range) -> str | None:
    """'GPT-5 total compute: ~5e25 FLOP', 'Llama 3 70B: ~6 × 10^24 FLOPs': a name labelling a line of figures (but not
    a research firm's: 'Gartner: 30% of ...' cites the source)."""
    label = _line_label_name(q_tok, q_range)
    return None if label is not None and _RESEARCH_FIRM_RE.match(label) else label


def _line_label_name(q_tok: Token, q_range: range) -> str | None:
    doc = q_tok.doc
    sent = doc[q_range.start].sent  # a figure's unit may fall in the next "sentence" the parser cuts
    colon = next((t for t in sent if t.text == ":" and t.i < q_range.start), None)
    if colon is None and sent.start > 0 and doc[sent.start - 1].text == ":":
        colon = doc[sent.start - 1]  # the parser often ends a sentence at the label's colon
        sent = doc[colon.i - 1].sent
    if colon is None or colon.i - sent.start > 8 or colon.i == sent.start or "\n" in doc[sent.start : colon.i].text:
        return None
    label = doc[sent.start : colon.i]
    names = [e for e in _ents_in(label) if e.label_ in _NAME_LABELS and _is_name(e)]
    if names and names[0].start == sent.start:
        return _entity_name(names[0])
    first = label[0]
    if _camel_name(first) or re.fullmatch(r"[A-Z][\w.]*-[\w.-]*\d[\w.-]*", first.text):
        return _proper_name(first).text if first.i + 1 < colon.i else first.text
    if first.tag_ in ("NNP", "NNPS") and first.lower_ not in _NOT_NAMES and first.lower_ not in _LIST_LABELS \
            and re.search(r"\d", label.text) and first.lower_ not in ("note", "update", "step", "source", "edit"):
        words = [t for t in label if t.tag_ in ("NNP", "NNPS", "CD") or re.search(r"\d", t.text)]
        span = doc[words[0].i : words[-1].i + 1] if words else None
        if span is not None and span[0].i == sent.start and all(t.tag_ in ("NNP", "NNPS", "CD", "HYPH", "NN") for t in span):
            return span.text  # "Llama 3 70B: ..."
    return None


def _camel_name(tok: Token) -> bool:
    """A word written like a product name though tagged a common noun: 'CodeGeeX', 'SmolLM', 'LMArena'."""
    return _camel_text(tok.text)


def _camel_text(text: str) -> bool:
    if text.lower() in _NOT_CAMEL_NAMES or re.fullmatch(r"[A-Z]{2,}s", text):
        return False  # "GPUs", "LLMs": plural acronyms
    return bool(re.fullmatch(r"(?:[A-Z]?[a-z]+[A-Z]|[A-Z]{2,}[a-z])[A-Za-z0-9.-]*", text))


# written in mixed case but units, abbreviations or common words, not names
_NOT_CAMEL_NAMES = {
    "moe", "phd", "kwh", "mwh", "gwh", "twh", "ghz", "mhz", "khz", "mah", "tflops", "pflops", "gflops", "eflops",
    "tops", "yoy", "qoq", "mom", "iot", "ipo", "ceo", "cfo", "cto", "coo", "gbps", "mbps", "tbps", "kw", "mw", "gw",
    "tb", "gb", "mb", "kb", "ml", "dl", "vs", "etc", "llm", "llms", "api", "apis", "ios", "macos", "ipados",
}


_FIRM_NOUNS = {"firm", "company", "startup", "start-up", "maker", "developer", "lab", "provider", "chipmaker", "unicorn",
               "platform", "business", "group", "giant", "operator"}


def _described_firm(tok: Token) -> bool:
    """A capitalised word the sentence itself calls a company: 'Figure, a Bay Area-based robotics firm, ...'."""
    return tok.text[:1].isupper() and tok.ent_type_ == "" and any(
        c.dep_ == "appos" and c.lower_ in _FIRM_NOUNS and c.i > tok.i for c in tok.children)


def _structural_subject(q_tok: Token, q_range: range, metric: str, ctx: _Salience, money: bool = False) -> str | None:
    """Pick the subject from the structure: the clause subject, the receiver of funding, the owner."""
    sent = q_tok.sent
    holders = [q_tok] + ([q_tok.head] if q_tok.dep_ in ("nummod", "compound", "quantmod", "amod") else [])
    if q_tok.dep_ == "pobj" and q_tok.head.lower_ == "of" and q_tok.head.head.tag_ in ("NN", "NNS"):
        holders.append(q_tok.head.head)  # "its base of $31,550": the base price's owner
    counted = holders[-1]
    if q_tok.dep_ == "pobj" and q_tok.head.lower_ in ("to", "at") and _pos(q_tok.head.head) == "VERB":
        # "pushing its valuation to $23 billion", "valued it at $1.5 billion": the thing raised or valued
        holders += [c for c in q_tok.head.head.children if c.dep_ == "dobj" and c.i not in q_range]
    if counted.lower_ in ("versions", "variants", "models", "trims", "editions", "configurations", "flavors"):
        for prep in counted.children:  # "5 different versions of the Miata": the thing that comes in versions
            obj = next((o for o in prep.children if o.dep_ == "pobj"), None) if prep.lower_ == "of" else None
            if obj is not None:
                name, real = _resolve(obj, q_range, ctx)
                if real and name:
                    return name
    # funding goes to the company that receives it: "invest $750M in Anthropic", "round ... in Cohere"
    if metric in ("funding", "valuation"):
        for t in sent:
            receiver = _invested_in(t, q_range) if t.lower_ in ("in", "into") and q_tok.i - 2 < t.i < q_tok.i + 12 else None
            if receiver is not None:
                return receiver
    if metric == "funding":  # "a $5.1 million grant to Evidence Action Beta"
        for holder in [*holders, _governing_verb(q_tok)]:
            for c in holder.children:
                if c.dep_ in ("prep", "dative") and c.lower_ == "to":
                    for obj in c.children:
                        ent = _entity_of(obj) if obj.dep_ == "pobj" else None
                        if ent is not None and ent.label_ in ("ORG", "PERSON", "AI_MODEL", "PRODUCT"):
                            return _entity_name(ent)
    verb = _governing_verb(q_tok)
    if metric == "valuation" and verb.lower_ in ("value", "values", "valued", "valuing"):
        for c in verb.children:  # "a round that could value xAI at as much as $75 billion": the company valued
            ent = _entity_of(c) if c.dep_ == "dobj" and c.i not in q_range else None
            if ent is not None and ent.label_ in ("ORG", "AI_MODEL"):
                return _entity_name(ent)
    if money and verb.lower_ in ("fined", "fines", "fine", "fining", "penalized", "penalised", "sued", "sues"):
        for c in verb.children:  # "Garante has fined OpenAI €15 million": the one who pays
            ent = _entity_of(c) if c.dep_ in ("dobj", "dative") and c.i not in q_range else None
            if ent is not None:
                return _entity_name(ent)
    named = _beater_of(q_tok, q_range) or _priced_thing_cut(q_tok, q_range, ctx)
    if named is not None:
        return named
    beside = _name_beside(q_tok, q_range) or _labelled_by(q_tok, q_range)
    if beside is not None:
        return beside
    # "Save 25% on the Travel Scope 70 at Amazon", "$110 off ... on the AstroMaster": the product on offer
    verb = _governing_verb(q_tok)
    if verb.lower_ in ("save", "grab", "get", "take", "score", "knock", "enjoy") and _subject_token(verb) is None:
        for prep in [t for t in verb.subtree if t.lower_ == "on" and t.dep_ == "prep"]:
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.i not in q_range and not _shop(obj):
                    name, real = _resolve(obj, q_range, ctx)
                    if real and name:
                        return name
    # "the optional $395 Snowflake White Pearl paint", "a TV with Roku for $499": the named thing priced
    named = _named_thing_priced(q_tok, q_range, ctx) if money and metric == "other" else None
    if named is not None:
        return named
    # "Disney's $170 billion", "its $9 billion valuation": the possessor of the figure
    for holder in holders:
        if holder.dep_ == "dobj" and _pos(holder) == "PRON" and holder.lower_ in ("it", "them") and metric == "valuation":
            name = _funding_receiver(sent, q_range) or _antecedent(holder, "any", ctx)
            if name:
                return name
        for c in holder.children:
            if c.dep_ == "poss" and c.i not in q_range:
                ent = _entity_of(c)
                if ent is not None:
                    return _entity_name(ent)
                if _descriptor_kind(c) is not None and _pos(c) != "PRON":  # "the company's market cap"
                    name = _antecedent(c, _descriptor_kind(c) or "any", ctx)
                    if name:
                        return name
                if _pos(c) == "PRON" and c.lower_ in _PRONOUN_KINDS:
                    receiver = _funding_receiver(sent, q_range) if metric in ("funding", "valuation") else None
                    if receiver is not None:
                        return receiver  # "led a round into Cerebras, pushing its valuation to": Cerebras's
                    name = _antecedent(c, _PRONOUN_KINDS[c.lower_], ctx)
                    if name:
                        return name
            if c.dep_ == "relcl" and not any(x.dep_ in ("dobj", "ccomp", "xcomp", "attr") for x in c.children):
                subj = _subject_token(c)  # "the $9 billion valuation Northwind reached"
                ent = _entity_of(subj) if subj is not None else None
                if ent is not None:
                    return _entity_name(ent)
                if subj is not None and _pos(subj) == "PROPN" and _real_name(subj):
                    return _noun_phrase(subj)
    # "Musk, the world's richest person with a net worth of $254.9 billion": the appositive's head
    for anc in [q_tok, *q_tok.ancestors]:
        if anc.dep_ == "appos" and not (anc == q_tok and any(ch.isdigit() for ch in anc.head.text)):
            name, real = _resolve(anc.head, q_range, ctx)
            if real and name:
                return name
            break
        if _pos(anc) in ("VERB", "AUX"):
            break
    # "acquired Cheddar for $200 million", "offers AirPods for $150": the thing bought or sold
    if q_tok.head.lower_ == "for" and q_tok.dep_ == "pobj":
        verb = _governing_verb(q_tok.head)
        if _pos(verb) == "VERB":
            for c in verb.children:
                if c.dep_ == "dobj" and c.i not in q_range:
                    name, real = _resolve(c, q_range, _Salience())
                    if real and name:
                        return name
    attributors = _attributors(sent)
    # the figure sits inside the subject phrase: "Gemini's monthly active users are up 170%"
    t = q_tok
    fallback: str | None = None
    unresolved_pronoun = False
    saw_subject = False
    fallback_owner: str | None = None
    came_from: Token | None = None
    for _ in range(40):
        verb = _governing_verb(t)
        inside_subject = None
        for anc in [q_tok, *q_tok.ancestors]:
            if anc.head == verb and anc.dep_ in ("nsubj", "nsubjpass"):
                inside_subject = anc
                break
            if anc == verb:
                break
        if inside_subject is not None:
            ent = _entity_in(inside_subject.subtree, q_range)
            if ent is not None:
                return _entity_name(ent)
            group = _partitive_group(q_tok, q_range, ctx)
            if group is not None:
                return group
            if inside_subject.i not in q_range and (_pos(inside_subject) == "PROPN" and _real_name(inside_subject)
                                                    or _camel_name(inside_subject)) and not _is_dateline(inside_subject):
                return _noun_phrase(inside_subject)  # "The iPhone 11, with a starting price of $699, ..."
            held = q_tok.head if q_tok.dep_ == "nummod" else q_tok
            if inside_subject.i not in q_range and _specific_noun(inside_subject) and held.dep_ == "pobj" \
                    and held.head.head == inside_subject:
                return _noun_phrase(inside_subject)  # "one study in 146 people found ...": the study's figure
        subj = _subject_token(verb)
        # "Google says the model ...": who reports a figure is not what it is about
        reporter = verb.lower_ in _REPORT_VERBS and came_from is not None and came_from.head == verb and (
            came_from.dep_ in ("ccomp", "parataxis"))
        if subj is not None and not reporter and not (subj.left_edge.i <= q_range.start < subj.right_edge.i + 1) \
                and inside_subject is None:
            if _described_firm(subj):
                return subj.text  # "Figure, a Bay Area-based robotics firm, has secured": the firm, not a place in its description
            name, real = _resolve(subj, q_range, ctx)
            if real and name:
                return name
            expletive = subj.lower_ == "it" and verb.lower_ in ("is", "'s", "’s", "was") and not any(
                c.dep_ in ("attr", "acomp") for c in verb.children)  # "It's when the port runs at 60fps"
            saw_subject = saw_subject or not expletive and subj.lower_ not in ("there", "which", "that", "what")
            if name is None and not expletive and (_descriptor_kind(subj) is not None or subj.lower_ in _PRONOUN_KINDS):
                if _descriptor_kind(subj) == "org":  # "we removed 21,000 Facebook Groups": the company behind them
                    owner = _owner_in(sent, q_range, attributors)
                    if owner:
                        return owner
                unresolved_pronoun = True  # "he raised $15 million": not some other name in the sentence
                break
            if fallback is None and not name and metric in _COMPANY_METRICS and subj.lower_ in (
                    "companies", "firms", "startups", "labs", "chipmakers") and any(c.dep_ in ("compound", "amod") and c.i not in q_range for c in subj.children):
                name = _noun_phrase(subj)  # "AI startups raised $19.15 billion": a named group of companies
                fallback = name
            if fallback is None and name and subj.lower_ not in _GENERIC_SUBJECTS and _pos(subj) != "PRON":
                fallback = name
                company = _reporter_org(sent) or ctx.get("org") if subj.lower_ in _METRIC_NOUNS else None
                if company:
                    fallback_owner = company  # "Amazon's CFO said capital expenditure": the reporter's company
                elif subj.lower_ in _ABSTRACT_NOUNS and ctx.last and not any(c.dep_ == "compound" for c in subj.children):
                    fallback_owner = ctx.last  # "the total number of GPU hours", "the discount": the topic's
                if _specific_noun(subj) and not reporter:
                    break  # "Webb confessed and the jury took 15 minutes": the figure's own clause names its subject
        if verb.dep_ == "ROOT" or verb.head == verb:
            break
        t = verb.head
        came_from = verb
        if verb.dep_ == "relcl" and verb.head.i < verb.i:
            name, real = _resolve(verb.head, q_range, ctx)
            if real and name and _entity_of(verb.head) is not None:
                return name
            head_ent = _entity_in(verb.head.subtree, range(verb.i, verb.right_edge.i + 1))
            if head_ent is not None:
                return _entity_name(head_ent)
    if unresolved_pronoun:
        return None
    # possessor or the nearest name before the figure in the same sentence
    agents = {t.i for a in sent if a.dep_ == "agent" for t in a.subtree}  # "reflected by Geekbench's test"
    before = _entity_in([tok for tok in sent if tok.i < q_tok.i and not _counted(tok)], q_range, attributors | agents)
    if fallback is not None and (before is None or before.label_ not in ("AI_MODEL", "ORG", "CHIP")):
        return fallback_owner if before is None and fallback_owner else fallback
    if before is not None and not saw_subject and ctx.last and before.root.dep_ in ("pobj", "dobj"):
        return ctx.last  # "..., obtaining 5 GW on AWS": a clause without a subject continues its sentence's
    if before is not None:
        return _entity_name(before)
    after = _entity_in([tok for tok in sent if tok.i > q_tok.i and not _counted(tok)], q_range, attributors | agents)
    if after is not None and any(t.lower_ == "there" and t.dep_ == "expl" for t in sent):
        return _entity_name(after)  # "There are 140 million businesses across Facebook's platforms"
    if ctx.last and not saw_subject:  # a sentence with no subject of its own continues the last one
        return ctx.last
    if after is not None:
        return _entity_name(after)
    return fallback


# Common nouns that name a measure or a document, not what a figure is about: "the total number",
# "the next biggest stat", "the initial paper", "daily token consumption".
_ABSTRACT_NOUNS = {
    "number", "numbers", "total", "totals", "stat", "stats", "statistic", "statistics", "figure", "figures",
    "amount", "amounts", "sum", "tally", "count", "average", "consumption", "usage", "use", "designation",
    "paper", "report", "data", "estimate", "estimates", "analysis", "survey", "result", "results", "rate",
    "rates", "share", "percentage", "proportion", "portion", "fraction", "majority", "minority", "part", "level",
    "levels", "value", "price", "prices", "cost", "costs", "growth", "increase", "decrease", "rise", "drop",
    "demand", "output", "volume", "size", "gap", "deal", "move", "step", "idea", "thing", "things", "way",
    "lot", "half", "quarter", "bulk", "rest", "most", "record", "milestone", "mark", "goal", "target",
    "discount", "discounts", "sale", "savings", "pricing", "option", "upgrade", "difference", "tag",
}


def _specific_noun(tok: Token) -> bool:
    """A common noun that names a thing or a group ('the jury', 'homeowners'), not a measure or a pronoun."""
    return (tok.tag_ in ("NN", "NNS") and tok.lower_ not in _GENERIC_SUBJECTS and tok.lower_ not in _METRIC_NOUNS
            and tok.lower_ not in _ABSTRACT_NOUNS and _descriptor_kind(tok) is None and tok.lower_ not in _ROLE_NOUNS)


def _partitive_group(q_tok: Token, q_range: range, ctx: _Salience) -> str | None:
    """'50% of all pregnancies end ...', 'more than 42% of total net emissions': the group the share is of."""
    for holder in (q_tok, q_tok.head):
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj" or obj.i in q_range:
                    continue
                name, real = _resolve(obj, q_range, ctx)
                if real and name:
                    return name
                if _specific_noun(obj):
                    return _noun_phrase(obj)
        if holder.dep_ not in ("nummod", "quantmod", "compound"):
            break
    return None


def _own_words(tok: Token) -> list[Token]:
    """A noun's phrase without its relative clauses and appositions: "Microsoft" of "Microsoft, which owns 49% of ..."."""
    aside = {t.i for c in tok.children if c.dep_ in ("relcl", "acl", "appos", "parataxis") for t in c.subtree}
    return [t for t in tok.subtree if t.i not in aside]


_FORECAST_VERBS = {"expects", "expected", "forecasts", "forecast", "projects", "projected", "predicts", "predicted", "estimates",
                   "estimated", "sees", "anticipates", "expect", "project", "predict", "estimate", "see", "anticipate"}


# what a forecaster forecasts for everyone, not for itself: "AI PC shipments", "the AI server market", "global spending"
_WHOLE_MARKET_WORDS = {"market", "markets", "shipments", "industry", "global", "worldwide", "smartphone", "smartphones", "pc", "pcs",
                       "spending", "capex", "demand", "adoption", "electricity", "energy", "power", "consumption", "use",
                       "usage", "jobs", "employment", "workers", "data-centre", "data-center"}


_OWN_SPENDING_WORDS = {"capex", "spending", "capital", "expenditure", "expenditures", "demand", "adoption", "investment", "investments"}


def _forecast_of(q_tok: Token, subject: str) -> tuple[str, str] | None:
    """What a forecaster's figure is about, and who forecasts it: (the thing, "<forecaster> <verb>") for a figure in
    "Gartner forecasts AI chip revenues to grow 33%", where the rules chose the forecaster; None elsewhere."""
    for verb in q_tok.ancestors:
        if verb.lower_ not in _FORECAST_VERBS or not verb.tag_.startswith("VB") and not (verb.dep_ == "ROOT" and verb.tag_ == "NNS"):
            continue  # ("The IEA projects that ...": the tagger's plural noun "projects", with the IEA its compound)
        forecaster = next((c for c in verb.children if c.dep_ == "nsubj"), None) or next(
            (c for c in verb.children if c.dep_ == "compound" and c.i < verb.i), None)
        if forecaster is None:
            return None
        who = name_key(_span_text(forecaster.doc[forecaster.left_edge.i : forecaster.right_edge.i + 1]))  # "Analysts at Gartner"
        if not who or name_key(subject) not in who and who not in name_key(subject):
            return None  # "Counterpoint" written, "Counterpoint Research" named
        thing = next((c for c in verb.children if c.dep_ == "dobj"), None) or next(
            (g for c in verb.children if c.dep_ in ("ccomp", "xcomp", "relcl") for g in c.children if g.dep_ == "nsubj"), None)
        if thing is None or thing.tag_ not in ("NN", "NNS", "NNP", "NNPS") or q_tok.i in range(thing.left_edge.i, thing.i + 1):
            return None
        words = [t for t in thing.doc[thing.left_edge.i : thing.i + 1] if t.dep_ not in ("det", "poss") and not t.is_punct]
        if not words or any(t.dep_ == "poss" and t.tag_ == "PRP$" for t in thing.children) or not any(
                t.lower_ in _WHOLE_MARKET_WORDS for t in words):
            return None  # "The company expects its revenue to grow", "Nvidia expects revenue of $54 billion": its own figure
        if all(t.lower_ in _OWN_SPENDING_WORDS for t in words):
            return None  # "Corvid expects capex of $70 billion": its own spending ("global AI spending" is everyone's)
        said = forecaster.doc[min(forecaster.left_edge.i, verb.i) : verb.i + 1]
        return " ".join(t.text for t in words), _span_text(said).strip()
    return None


def _attribution(sent: Span) -> str | None:
    """'according to IDC', 'the company said', 'Bloomberg first reported'."""
    text = _span_text(sent)
    m = _ACCORDING_TO_RE.search(text)
    if m:
        return ("according to " + m.group(1)).strip()
    per = re.match(r"\s*Per\s+(?!(?:GPU|TPU|NPU|Chip|Card|Node|Rack|Server|Token|User|Seat|Share|Capita|Hour|Day|Week|Month|Year|"
                   r"Query|Request|Head|Unit|Device|Core|[A-Z]\d+)s?\b)((?:the\s+)?[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|and|for)){0,4})\s*,",
                   text)
    if per:
        return f"per {per.group(1)}"  # "Per Similarweb, chatgpt.com received 5.5 billion visits": the source opens the sentence
    trailing = _TRAILING_SOURCE_RE.search(text)
    if trailing and trailing.group(1).split()[-1][:1].isupper() and trailing.group(1).lower() not in _NOT_ATTRIBUTORS:
        return f"{trailing.group(1)} {trailing.group(2)}"  # "..., Omdia estimates."
    per_later = _PER_SOURCE_RE.search(text)
    if per_later:
        return per_later.group(1).strip().rstrip(".")  # "..., per Statista.", "(per OpenAI's public disclosures)", "... per Reuters reporting"
    for tok in sent:
        clause_only = tok.lower_ in _CLAUSE_REPORT_VERBS
        if tok.lower_ not in _REPORT_VERBS and not clause_only or _pos(tok) not in ("VERB", "AUX"):
            continue
        if tok.dep_ not in ("ROOT", "parataxis", "ccomp", "conj", "advcl") and tok.dep_ != "relcl":
            continue
        speaker = _subject_token(tok)
        if (clause_only or tok.lower_ in _ADD_OR_REPORT) and not any(c.dep_ in ("ccomp", "parataxis") for c in tok.children) and not (
                tok.dep_ == "parataxis" or speaker is not None and speaker.i > tok.i):
            continue  # "The new hall adds 48 MW", "TSMC reported revenue of NT$759.7B", "found a buyer": no one is quoted
        if any(c.dep_ == "auxpass" for c in tok.children) and (
                tok.i + 1 < len(sent.doc) and sent.doc[tok.i + 1].lower_ == "to" or not any(c.dep_ == "agent" for c in tok.children)):
            continue  # "the chip is said to deliver ...", "compute was estimated at 3.8e24 FLOPs": nobody named, a hedge
        subj = _subject_token(tok)
        if subj is not None and (subj.like_num or any(t.text == "%" or t.lower_ in ("percent", "respondents", "half")
                                                      for t in _own_words(subj))):
            continue  # "62% said they use AI tools", "Nearly half of respondents (48%) said": the answer is the figure
        if subj is None or subj.lower_ in _NOT_ATTRIBUTORS:
            continue
        has_content = any(c.dep_ in ("ccomp", "dobj", "parataxis", "xcomp") for c in tok.children) or tok.dep_ in (
            "parataxis", "ccomp", "ROOT")
        if not has_content:
            continue
        if subj.i > tok.i:  # '..., said Jun Park, an analyst at Halden Research.'
            names = [t.text for t in sent.doc[subj.left_edge.i : subj.i + 1]]
            return " ".join([tok.text, *names])
        start = subj.left_edge.i
        words = [t.text for t in sent.doc[start : tok.i + 1] if t.dep_ != "punct" or t.i > start]
        if len(words) > 12:
            words = [subj.text, tok.text]
        return " ".join(words).replace(" ’s", "’s").replace(" 's", "'s")
    return None


# figures of a deal that may not close: words after them ("..., exploring a sale") hedge only these ("77% of companies
# are using or exploring AI" is a survey's finding)
_DEAL_METRICS = {"funding", "valuation", "revenue", "spending", "price_per_million_tokens"}
_MONEY_START_RE = re.compile(r"[$€£¥₹]|(?:US|USD|RMB|CNY|EUR|Rs\.?|INR)\s?\d")
_MONTH_MAY_RE = re.compile(r"(?<=[\w,;:)] )May\b(?!\s+(?:be|have|not|also|still|well|soon|need|want|see|become|reach|rise|fall)\b)")


def _hedged(sent: Span, q_start: int, metric: str | None = None) -> bool:
    """Hedge words before the figure in its sentence, or a deal that is not closed yet (said before the figure or after
    it, but not in a clause about something else: "700 MW ..., which is set to open in 2027")."""
    text = _doc_text(sent.doc)
    before = _MONTH_MAY_RE.sub("month", text[sent.start_char : q_start]).lower()  # "queries in May" is no "may"
    after = re.split(r",\s+(?:which|who|where)\b|\(which\b", text[q_start : sent.end_char].lower(), maxsplit=1)[0]
    trailing = _TRAILING_SOURCE_RE.search(_span_text(sent))
    deal_after = _DEAL_HEDGE_RE.search(after)
    return bool(_HEDGE_RE.search(before) or _DEAL_HEDGE_RE.search(text[sent.start_char : q_start + 1].lower())  # "is raising $"
                or deal_after and (metric in _DEAL_METRICS or _MONEY_START_RE.match(text, q_start) is not None
                                   or re.match(r"not\b|pending\b|in\b", deal_after.group(0)) is not None)
                or metric in ("revenue", "valuation", "funding") and _TARGET_RE.search(before)
                or trailing and trailing.group(2) in _HEDGING_SOURCE_VERBS  # "..., IDC estimates."
                or CONSENSUS_BEFORE_RE.search(before[-60:]) is not None and _CONSENSUS_HEDGE_RE.match(text, q_start) is not None)


# "above the $41.2 billion analysts expected": the figure is what was expected
_CONSENSUS_HEDGE_RE = re.compile(r"\S+(?:[ \u00a0]+(?:billion|million|trillion|percent|per[ \u00a0]+cent))?[ \u00a0]+(?:[\w'’-]+[ \u00a0]+){0,3}?"
                                 r"(?:expect\w*|estimat\w*|forecast\w*|anticipat\w*|project\w*|predict\w*)\b", re.IGNORECASE)


_PERIOD_WORDS = [
    (gated(re.compile(rf"\bdaily\b|\bper day\b|\ba day\b(?!{POINT_IN_TIME_AFTER})|\beach day\b|\bevery day\b|\bdaily active\b|/day\b|\bdau")), "day"),
    (gated(re.compile(rf"\bweekly\b|\bper week\b|\ba week\b(?!{POINT_IN_TIME_AFTER})|\beach week\b|\bevery week\b|/week\b|\bwau")), "week"),
    (gated(re.compile(rf"\bmonthly\b|\bper month\b|\ba month\b(?!{POINT_IN_TIME_AFTER})|\beach month\b|\bevery month\b|/month\b|\bmaus?\b")), "month"),
    (gated(re.compile(
        rf"\bannual\w*|\bper year\b|\ba year\b(?!{POINT_IN_TIME_AFTER})|\beach year\b|\bevery year\b|\byearly\b|\brun[ -]rate\b|\barr\b|"
        r"/year\b|\bper annum\b|\bannualised\b")), "year"),
]
_YOY_RE = gated(re.compile(r"\byear[- ](?:over|on)[- ]year\b|\byoy\b|\by/y\b|\bannual\w*|\bcagrs?\b|\ba year earlier\b|\bfrom a year ago\b|"
                           r"\b(?:from|over|than|on) (?:the )?(?:previous|prior|last|preceding) year\b|\b(?:from|than|over) (?:a|the) year (?:before|earlier)\b|"
                           # "grow by roughly 10% a year", "compared to the previous year"
                           rf"\b(?:a|per|each|every) year\b(?!{POINT_IN_TIME_AFTER})|\byearly\b|"
                           r"\bcompared (?:to|with) (?:the )?(?:previous|prior|last|preceding) year\b"))
_MOM_RE = gated(re.compile(r"\bmonth[- ](?:over|on)[- ]month\b|\bm/m\b"))
_SEQUENTIAL_RE = re.compile(r"<q>\s+(?:[\w-]+\s+){0,2}?(?:sequentially|quarter[- ](?:over|on)[- ]quarter|q/q|qoq|"
                            r"(?:from|over|than|versus|vs\.?|compared (?:with|to)) (?:the )?(?:previous|prior|preceding|last) quarter)\b")


_LAST_PERIOD_RE = re.compile(r"<q>\s+(?:[\w-]+\s+){0,3}?(?:(?:last|this|past|previous)\s+(month|week)\b|in\s+(?:the\s+)?(?:past|last)\s+"
                             r"(month|week)\b)")


def _period(window: str, sentence: str, metric: str) -> str | None:
    """Time period a figure is counted over, from the words around it."""
    if metric == "growth":  # "up 27% year over year"; a level beside it ("$26.3 billion in the quarter") has no period
        if re.search(r"<q>\s+(?:[\w-]+\s+){0,2}?(?:from|over|compared (?:with|to)|vs\.?|versus|than(?: in)?)\s+(?:19|20)\d\d\b(?![-–/]\d)",
                     window):
            return "year"  # "$33.9 billion in 2024, up 18.7% from 2023": a change from one year to the next
        if _SEQUENTIAL_RE.search(window):
            return None  # "up 17% from the previous quarter and 94% from a year earlier": the first is no yearly change
        return "year" if _YOY_RE.search(window) else "month" if _MOM_RE.search(window) else None
    if metric not in ("tokens_processed", "revenue", "spending", "users", "downloads", "other",
                      "price_per_million_tokens", "energy", "funding", "gpu_hours"):
        return None
    found = _closest(_PERIOD_WORDS, _own_periods(window)) if "<q>" in window else None
    if found is not None:
        return found
    last = _LAST_PERIOD_RE.search(window) if metric in ("downloads", "tokens_processed") else None
    if last is not None:
        return last.group(1) or last.group(2)  # "downloaded over 1.4 million times last month": that month's count
    if metric == "revenue" and re.search(r"\brun[ -]rate\b|\barr\b|\bannuali[sz]ed\b", sentence):
        return "year"
    if metric in ("downloads", "tokens_processed") or metric == "other" and _FLOW_NOUN_RE.match(window.partition("<q>")[2]):
        month = _MONTH_TOTAL_RE.search(window)
        if month and not re.search(r"\b(?:from|to)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|just\s+)?<q>", window) and not re.search(
                r"\b(?:has|have) been\b|\b(?:total|cumulative|all-time|lifetime)\b", sentence):
            return "week" if month.group(1) == "week" else "month"  # "780 million queries in May": that month's count
    return None


_SIZE_WORD_RE = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?=[- ]?(?:nm|nanomet(?:er|re)s?|inch|mm)\b)")
# period words that set no rate: "7% of worldwide annual turnover" (a share of a year's sales), "in daily life"
_NO_RATE_RE = re.compile(r"(?<=\bof )(?:[\w'’-]+\s+){0,3}?(?:annual\w*|yearly)(?=\s+(?:[\w-]+\s+)?(?:turnover|revenues?|sales|income|"
                         r"budgets?|output|gdp)\b)|\bdaily(?=\s+(?:li(?:fe|ves)|routines?)\b)")
# another figure's rate: "2 trillion tokens each week for more than 300 customers", "$80 million ... 5 million monthly users"
_FIG = r"(?<![\w.])(?:\$\s?)?\d[\d.,]*(?:\s*(?:%|[kmbt]\b|thousand|million|billion|trillion|quadrillion))?"
_FLOW_NOUN_RE = re.compile(r"\s+(?:[\w-]+\s+)?(?:visits|queries|prompts|searches|messages|requests|(?:api\s+)?calls|sessions|conversations|times)\b")
_MONTHS = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
# a month's or week's total: "780 million queries in May", "8.4 million times in March alone", "2.1M times last month"
_MONTH_TOTAL_RE = re.compile(
    r"<q>\s+(?:[\w-]+\s+){0,3}?(?:(?:in|during)\s+(?:the\s+month\s+of\s+)?" + _MONTHS + r"\b(?!\s+\d{1,2}\b)|last\s+(month|week)\b)")


def _own_periods(window: str) -> str:
    """The window with the period words that belong to another figure, or to no figure, blanked out."""
    window = _NO_RATE_RE.sub(lambda m: "_" * len(m.group(0)), window)
    before, mark, after = window.partition("<q>")
    if not mark:
        return window
    after = _SIZE_WORD_RE.sub(lambda m: "N" * len(m.group(0)), after)  # "30,000 7nm wafers a month": a size, not a figure
    # before the figure: a rate right after another figure ("20,000 scans a day across <q> hospitals"), unless this
    # figure is the other end of a change ("1.65 trillion tokens a day, up from <q>")
    if not _CHANGE_END_BEFORE_RE.search(before):
        before = _RATE_OF_FIGURE_RE.sub(lambda m: m.group(0)[: m.start(2) - m.start(0)] + "_" * len(m.group(2)), before)
    # after the figure: a rate beyond another figure, unless the two are a change, a range or a restatement in brackets
    m = _NEXT_FIGURE_RE.search(after)
    if m and not _JOINED_FIGURE_RE.fullmatch(after[: m.start()]) and "(" not in after[: m.start() + 1]:
        after = after[: m.start()] + re.sub(r"[a-z]", "_", after[m.start():])
    return before + mark + after


_CHANGE_END_BEFORE_RE = re.compile(
    r"\b(?:from|to|versus|vs\.?|compared (?:with|to))\s+(?:the\s+|its\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|just\s+)?$")
_RATE_OF_FIGURE_RE = re.compile(_FIG + r"(\s+[\w-]+){0,2}?\s+((?:a|per|each|every)\s+(?:day|week|month|year)|daily|weekly|monthly|annually)\b")
_NEXT_FIGURE_RE = re.compile(r"(?<![\w.])\$?\d")
_JOINED_FIGURE_RE = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:to|and|or|-|–)\s+\S*")


_OTHER_MONEY_RE = gated(re.compile(
    r"\bnet worth\b|\b(?:deal|transaction|acquisition|contract|agreement|package|merger|purchase) (?:worth|valued|of|for)\b|"
    r"\b(?:deal|transaction|contract|agreement)\b[^.;]{0,40}\bvalued\b|"
    r"\bloss(?:es)?\b|\blos(?:t|e|es|ing)\b(?!\s+(?:(?:its|their|the)\s+)?(?:market\s+)?share)|\bdebt\b|\bdamages\b|\bevaporat\w*|\bwip(?:e|ed|es|ing)\b|\berased\b|\bsettle\w*|\bfine[sd]?\b(?!-)|\bpenalt\w*|\bpayouts?\b|\bprofits?\b|"
    r"\btariffs?\b|\bdiscount\w*|\bprice (?:break|cut|drop|tag|hike)\b|\bsavings?\b|\bsynerg\w*|\breserves?\b|"
    r"(?<!training )(?<!compute )(?<!inference )\bcost(?:s|ing)?\b(?! (?:of|for) (?:running|training|operating|building|developing|inference|serving|(?:the |this |that |a )?(?:project|build-?out|campus|site|facility|cluster|data cent|supercomputer)))|\bbid\b|\bpriced?\b|\bsells? for\b|"
    r"\bselling for\b|\bretails?\b|\bmsrp\b|\bexpensive\b|\bcheaper\b|\bsave\b|\boff\b|\bdeals?\b|\bstart(?:s|ing)? at\b|\bfees?\b|\bacquir\w*|\bsnapped up\b|\btakeover\b|"
    r"\boffers?\b.{0,60}\bfor\b|\bgdp\b|\bdeficit\b|\bwages?\b|\bfair value\b|\bprice targets?\b|\btarget price\b|\bprizes?\b|\bbount(?:y|ies)\b"
))
_COST_WORD_RE = re.compile(r"\bcost(?:s|ing)?\b")
# what a whole job or set-up cost: "generating the dataset would cost ~200$", "it costs just ~$40", "the cost was only $294,000"
_WHOLE_COST_RE = re.compile(
    r"\b(?:would|will|could|might|it|only)\s+(?:have\s+)?cost\b|\bcosts?\s+(?:just|only)\b|\bcost\s+(?:was|is|were)\s+(?:just\s+|only\s+)?"
    r"(?:about\s+|around\s+|roughly\s+|~\s*)?<q>|\bto\s+set\s*up\b"
)
# "an open model that rivals GPT-5, costing less than $5 million": what a model cost to make (a tablet "costing $499" is a price)
_COSTING_RE = re.compile(r"\bcosting\s+(?:less than\s+|under\s+|about\s+|around\s+|roughly\s+|just\s+|only\s+|over\s+|more than\s+)?<q>")
_TRAINING_TALK_RE = re.compile(
    r"\b(?:pre-?)?train(?:ed|ing)\b|\bpre-?train\w*|\bto (?:re)?train\b|\bfine[- ]?tun\w*|\bgpu[- ]hours?\b|\b[a-z]\d{2,3}[- ]hours?\b"
)
_MONEY_RULES: list[tuple[re.Pattern[str], str]] = [
    (_OTHER_MONEY_RE, "other"), (_VALUATION_RE, "valuation"), (_REVENUE_RE, "revenue"),
    (_FUNDING_RE, "funding"), (_SPENDING_RE, "spending"),
]
_PERCENT_OTHER_RE = gated(re.compile(
    r"\bdiscount\w*|\bpremium\b|\boff\b|\btariffs?\b|\btax\w*|\bstake\b|\binterest\b|\bmargins?\b|\bof (?:them|the|all|its|their|those|these|our)\b|"
    r"\bprobabilit\w*|\bchance\b|\bunemployment\b|\binflation\b"
))
_BY_ABOUT = r"by\s+(?:about\s+|roughly\s+|around\s+|nearly\s+|almost\s+|up to\s+|over\s+|more than\s+|~\s*)?<q>"
# "reduced error rates by 85%", "hallucination rates dropped by roughly 25-30%": a cut, not a score
_REDUCED_BY_RE = re.compile(
    r"\b(?:reduc\w*|cut(?:s|ting)?|dropp?\w*|lower\w*|decreas\w*|slash\w*|trimm?\w*|fell|fall\w*|declin\w*)\s+(?:[\w-]+\s+){0,4}?"
    + _BY_ABOUT)
# the rate cut is the errors' own ("error rates ... by 40%"), not a fall beside them ("shares fell by 26% after chip failures")
_ERRORS_BY_RE = re.compile(r"\b(?:errors?|hallucinations?|failures?)(?:\s+rates?)?\s+(?:[\w-]+\s+){0,3}?" + _BY_ABOUT)
_PERCENT_RULES: list[tuple[re.Pattern[str], str]] = [
    (_SHARE_RE, "market_share"), (_GROWTH_RE, "growth"), (_BENCH_RE, "benchmark_score"),
    (_PERCENT_OTHER_RE, "other"),
]
# "$4,000 more than their counterparts": a difference between two amounts, not an amount spent or earned
_MONEY_DIFFERENCE_RE = re.compile(r"<q>\s+(?:more|less|higher|lower|cheaper|extra)\s+than\b")
# advice to a reader ("you'd be paying $9.99") and court orders ("pay $250,000 after pleading guilty")
# are prices and penalties, not a company's spending, funding or revenue
# "you might be wondering" or "as you know" addresses the reader without making the money theirs
_READER_RE = re.compile(r"\byou(?:'re|’re|'d|’d|'ll|’ll)?\b(?!\s+(?:might|may|could|probably)?\s*(?:be\s+)?(?:wonder\w*|know|recall|remember|notice))(?<!\bas you)|\byour\b")
_LEGAL_RE = re.compile(r"\bguilty\b|\bprison\b|\bsentenc\w*|\bconvict\w*|\bbail\b(?![ -]?out)|\brestitution\b|\bindict\w*")
_COMPANY_MONEY = {"spending", "funding", "revenue"}
# "66% over the standard Raptor", "20% more powerful than the current model": one product against
# another, not a change over time (which names a time: "than a year ago", "versus 2022")
_COMPARED_TO_OTHER_RE = re.compile(
    r"<q>\s+(?:\w+\s+){0,3}?(?:over|than|compared (?:to|with)|versus|vs\.?)\s+(?:the|its|their|a|an|his|her|our)\s+"
    r"(?!(?:same|previous|prior|year|last|quarter|month|week|day|period|end|start|beginning|past|next|coming|following|"
    r"[\w-]+-(?:year|month|week|day)|(?:\w+\s+)?(?:years?|months?|weeks?|days?|decades?|quarters?|period))\b)"  # "over the past six months"
)
# "40% lower serving costs than comparable dense models": a figure against another thing, not a time
_LESS_THAN_ANOTHER_RE = re.compile(
    r"<q>\s+(?:lower|higher|cheaper|smaller|less|fewer)\s+(?:[\w-]+\s+){0,3}?than\s+(?!(?:last|the previous|a year|"
    r"the prior|in\b|before|expected|forecast|estimated|the same|a (?:week|month|day)|(?:19|20)\d\d|they|it|its|their|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|"
    r"november|december|(?:\w+['’]s\s+)?(?:close|level|levels|peak|high|low)\b))"
)
# a share of a whole, then or now: "8% of US power generation by 2030, up from 3%", "reaching 4-5% of IT budgets"
_SHARE_OF_WHOLE_RE = re.compile(
    r"<q>\s+of\s+[^.;<]{1,60}?\b(?:up|down|rising|falling)\s+(?:\w+\s+)?from\b|"
    r"\b(?:reach\w*|represent\w*|account\w* for|make up|makes up|made up|making up|compris\w*|tak(?:e|es|ing)\s+up|took up|"
    r"consum\w*|embed\w*)\s+(?:another\s+|about\s+|around\s+|"
    r"roughly\s+|nearly\s+|almost\s+|over\s+|just\s+)?<q>\s+of\b"
)
# a multiple of memory, cost, efficiency or a part count, which no speed or chip-performance cue elsewhere overrides
_MULTIPLE_OF_COST_OR_SIZE_RE = re.compile(
    r"\b(?:memory|costs?|prices?|bandwidth|footprint|storage|vram|cache|transistors|bills?|(?:model|file|checkpoint|weights?) size)\b"
    r"(?:\s+(?!(?:speed\w*|faster|throughput|decod\w*|latency|up|generat\w*|inference)\b)[\w-]+){0,5}?\s+by\s+(?:up to\s+|about\s+|"
    r"around\s+|roughly\s+|nearly\s+|over\s+|more than\s+|a factor (?:of\s+)?(?:up to\s+)?)?<q>|"
    r"<q>\s+(?:cheaper|more expensive|more per|less memory|more memory|more transistors|"
    r"(?:larger|bigger)\s+(?:[\w-]+\s+){0,3}?(?:domain|memory|cache))\b|"
    r"<q>\s+(?:reduction|cut|drop|decrease|saving)s?\s+in\s+(?:\w+\s+){0,2}?(?:costs?|prices?|memory|spend\w*)\b|"
    r"<q>\s+(?:improvement|gain|increase)s?\s+in\s+(?:\w+\s+)?efficiency\b|"
    r"<q>\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:figure|bandwidth|memory|capacity)\b"
)
_COMPARED_WITH_RE = re.compile(
    r"\b(?:compared (?:to|with)|relative to|versus|vs\.?)\s+(?!(?:the |a |its |their )?(?:same|previous|prior|year|last|"
    r"quarter|month|week|day|period|end|start|beginning|a year|\d))"
)
_TEMPORAL_CHANGE_RE = re.compile(
    r"\b(?:year|quarter|month)[- ](?:over|on)[- ](?:year|quarter|month)\b|\b(?:yoy|qoq|mom|y/y|q/q)\b|\ba year (?:ago|earlier|before)\b|"
    r"\blast (?:year|quarter|month)\b|"
    r"\bsince\b|\bso far\b|\bfrom (?:a|the) (?:year|quarter|month)\b"
)
_TOKEN_RULES: list[tuple[re.Pattern[str], str]] = [
    (_CONTEXT_RE, "context_length"), (_TRAINING_RE, "training_tokens"), (_PROCESSED_RE, "tokens_processed"),
]
_MONEY_HEADS = {"valuation": "valuation", "revenue": "revenue", "sale": "revenue", "funding": "funding", "round": "funding",
                "initiative": "spending", "project": "spending", "programme": "spending", "program": "spending",
                "buildout": "spending", "build-out": "spending", "quarter": "revenue", "mission": "spending",
                "strategy": "spending", "center": "spending", "centre": "spending", "campus": "spending", "plan": "spending",
                "venture": "spending", "fab": "spending", "plant": "spending", "factory": "spending", "hub": "spending"}
_MONEY_HEAD_RE = re.compile(
    # "a $2 billion, multi-year initiative", "a $725 million data center", "Canada's $2 billion Sovereign AI Computing Strategy"
    r"<q>(?:,(?=\s+(?:multi|[\w]+-year)\b))?\s+(?:(?:(?!(?:in|of|for|from|to|on|at|by|with|and|or|as|than|pat|after|before|since|during|following|ahead)\b)[\w-]+|"
    r"series [a-f])\s+){0,2}?"
    r"(valuations?|revenues?|sales|funding|round|initiatives?|projects?|programmes?|programs?|buildouts?|build-outs?|quarter|"
    r"missions?|(?<=data )cent(?:er|re)s?(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|near|on|for|to|that|which|will|would|is|was|project|campus)\b)|"
    r"(?<=data center |data centre )plans|campus(?!\s+(?:funding|revenue)\b)|(?:[\w-]+\s+)?strategy|joint venture|fabs?|(?<!power )plants?(?!-)|factor(?:y|ies)|hubs?(?=\s+(?:in|at|near|on|for|to|that|which|will|would|is|was)\b))\b"
)
_THROUGHPUT_WORDS_RE = re.compile(
    r"\bthroughput\b|\btokens? (?:per|a|each) second\b|\btokens?/s\b|\b(?:inference|generation|decoding) speed\b"
)
# "3x QPS": a multiple of queries served, right at the figure (not "3x cheaper, though QPS stayed flat")
_QPS_RE = re.compile(r"<q>\s+(?:more\s+|higher\s+)?(?:qps|queries per second|requests per second)\b")
_THROUGHPUT_CHANGE_RE = re.compile(
    r"<q>\s+(?:\w+\s+){0,2}?(?:increase|improvement|boost|gain|rise|jump)\s+(?:in|of)\s+(?:\w+\s+)?throughput\b"
    r"|\b(?:throughput|(?:inference|generation|decoding) speed)\b[^.;<]{0,50}?\bby\s+(?:about |around |up to |over |more than )?<q>"
)
_AI_WORDS_RE = re.compile(
    r"\bmodels?\b|\bai\b|\binference\b|\bllms?\b|\bgpt|\bchatbot|\bvoice mode\b|\bapi\b|\bprompts?\b|\bqueries\b|\bquery\b"
)
_CHIP_TALK_RE = re.compile(r"\barchitecture\b|\b(?:peta|tera|exa)flops?\b|\bblackwell\b|\bhopper\b|\brubin\b|\bampere\b|\bsupercomput")
_AI_MODEL_TALK_RE = gated(re.compile(r"\bmodels?\b|\bllms?\b|\bgpt|\bgemini\b|\bclaude\b|\bllama\b|\binference\b|\bflash\b|\bchatbot"))
# a model's name with its number ("Llama 4 Scout", "Phi-4", "Ovi 1.1", "Mistral-7B"), not a year or a rank ("In 2024", "Top 10")
_NUMBERED_NAME_RE = re.compile(
    r"\b(?!(?:In|On|At|By|For|The|Since|From|Of|To|Top|Q|FY|H|Week|Day|Game|Round|Stage|Level|Grade|Class|Section|Chapter)\b)"
    r"[A-Z][A-Za-z]+[- ]?\d{1,3}(?:\.\d+)?[A-Za-z]{0,2}\b(?![.,]\d|\d)")


def _model_talk(sentence: str) -> bool:
    """The sentence speaks of AI models: model words, or a model's numbered name."""
    return bool(_AI_MODEL_TALK_RE.search(sentence.lower()) or _NUMBERED_NAME_RE.search(sentence)
                or re.search(r"\b(?:SFT|RLHF|RL|DPO|PPO|GRPO|agents?|fine-?tun\w*|pre-?train\w*)\b", sentence))
_MODEL_SIZE_TALK_RE = re.compile(
    r"\bmodels?\b|\bmodel sizes?\b|\bsizes\b|\bvariants?\b|\bcheckpoints?\b|\bllms?\b|\bversions\b|\bseries\b|\bfamily\b|\b(?:en|de)coders?\b|\bbackbones?\b"
)
_CHIP_WORDS_RE = re.compile(r"\bchips?\b|\bcpus?\b|\bgpus?\b|\bprocessors?\b|\bsilicon\b|\bnpus?\b|\btpus?\b|\bsoc\b|\baccelerators?\b|"
                             r"\bdram\b")
_ACTIVE_NEAR_RE = re.compile(
    r"\b(?:active|activated)\s*<q>|<q>\s*(?:\w+\s+)?(?:active|activated|live)\b|\bactivat(?:es|ing|e)\s+(?:only\s+|just\s+)?<q>"
    r"|<q>\s+(?:are|is)\s+(?:only\s+)?used\s+(?:during|for|per|in|at)\s+(?:inference|each token|a token|every token)"
    # "uses only 39 billion during inference"
    r"|\b(?:uses?|using)\s+(?:only\s+|just\s+)?<q>\s+(?:\w+\s+)?(?:during|at|for|in|per)\s+(?:inference|each token|every token|a token|"
    r"a forward pass)"
)


def _around(near: str, surface: str) -> str:
    """`near` with the figure replaced by a marker, so rules can say 'right before/after it'."""
    return near.replace(surface.lower(), "<q>", 1)


def _closest(rules: Sequence[tuple[re.Pattern[str], str]], zone: str) -> str | None:
    """The metric whose cue word stands nearest the figure marker '<q>' in `zone`."""
    centre = zone.find("<q>")
    if centre < 0:
        return None
    best: tuple[int, int, str] | None = None
    for order, (pattern, metric) in enumerate(rules):
        for m in pattern.finditer(zone):
            distance = centre - m.end() if m.end() <= centre else m.start() - (centre + 3)
            key = (max(distance, 0), order, metric)
            if best is None or key < best:
                best = key
    return best[2] if best else None


def _own_clause(zone: str) -> str:
    """The zone up to the next clause: "$980 million, while net losses widened" is not a loss."""
    before, mark, after = zone.partition("<q>")
    return before + mark + re.split(r",\s+(?:while|whereas|but|although)\b|;", after)[0] if mark else zone


# a chip by name in lower-cased text: "h100", "mi300x", "h20", "blackwell"
_CHIP_NAMES = (r"(?![a-z]{1,3}(?:19|20)\d\d\b)[a-z]{1,3}\d{3,4}[a-z]{0,2}|(?:h|a|b|gb|mi|l)\d{2}|blackwell|hopper|gaudi\s?\d?|rubin|"
               r"[rg]tx\s\d{4}(?:\s?ti)?")  # "the RTX 4090", written with a space
_NAMED_CHIP_RE = re.compile(rf"\b(?:{_CHIP_NAMES})\b")
_CHIP_NAME_RE = re.compile(rf"\b(?:{_CHIP_NAMES}|gpus?|tpus?)\b")  # or the chip words that stand for one


# what is built and spent on, and the approximations before a sum: "a project worth up to $500 billion"
_PROJECTS = r"(?:projects?|initiatives?|programs?|programmes?|build-?outs?|campus|facilit\w+)"
_ABOUT = r"(?:up to\s+|about\s+|around\s+|nearly\s+|some\s+|approximately\s+|roughly\s+|over\s+|more than\s+)?"
# an investor's money put into a company: its funding, not spending ("invested $14.3 billion in AI infrastructure company
# Scale", "the $13 billion it had already invested in the startup"); the sentence is read in lower case
_INVEST_VERB = r"(?:invest(?:s|ed|ing)?|inject(?:s|ed|ing)?|put(?:s|ting)?|pour(?:s|ed|ing)?|pump(?:s|ed|ing)?)"
_A_COMPANY = (r"(?:the\s+|a\s+|an\s+)?(?:(?!its\b|their\b|our\b|own\b|his\b|her\b)[\w-]+\s+){0,3}?(?:start-?ups?|compan(?:y|ies)|"
              r"firms?|(?<=ai )labs?|(?<=ai )developer|maker|chipmaker)\b(?!['’]s)(?!\s+(?:ecosystem|infrastructure|shares?|stocks?|"
              r"equity|funds?|programs?|projects?|accounts?|products?|tools?|platforms?|cloud|hardware|software)\b)")
_INTO_A_COMPANY_RE = re.compile(
    rf"\b{_INVEST_VERB}\s+(?:\w+\s+){{0,3}}?<q>\s+(?:[\w-]+\s+){{0,2}}?(?:in|into)\s+(?:{_A_COMPANY})|"
    rf"<q>\s+(?:\w+\s+){{0,3}}?(?:invested|injected|put|poured|pumped)\s+(?:\w+\s+)?(?:in|into)\s+(?:{_A_COMPANY})|"
    # "Tiger Global Management, which put in $350 million": an investor putting money in
    r"\b(?:investors?|backers?|management|capital|ventures|partners)\b[^.;<]{0,30}?\b(?:put|puts|putting|poured|pumped)\s+in\s+"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|another\s+|an additional\s+|at least\s+|more than\s+|over\s+)?<q>|"
    r"\b(?:investors?|backers?|management|capital|ventures|partners),?\s+(?:which|who)\s+invested\s+(?:about\s+|around\s+|roughly\s+|"
    r"nearly\s+|at least\s+|more than\s+|over\s+)?<q>(?!\s+(?:\w+\s+){0,3}?(?:in|into|on)\b)")
_INTO_A_COMPANY_NOT_RE = re.compile(r"<q>\s+(?:[\w-]+\s+){0,3}?(?:in|into)\s+" + _PLACES + r"|\bdata ?cent(?:er|re)s?\b|\bacqui\w*|"
                                    r"\bbuy(?:s|ing)?\b|\bbought\b|\bpurchas\w*")
# a market's size in sales, then and later: "the AI chips market was valued at $30.3 billion in 2023 and projected to
# reach $397.2 billion"
_MARKET_VALUED_RE = re.compile(
    r"\bmarket(?:\s+size)?\s+(?:\w+\s+){0,2}?(?:was|is|were|are|has been|(?:could|will|would|may|might|to)\s+be)?\s*"
    r"(?:(?:estimated|forecast|projected|expected)\s+to\s+be\s+)?(?:(?:estimated\s+and\s+)?valued\s+at|worth|estimated\s+at)\s+"
    r"(?:(?:[^.;<]|(?<=\d)\.(?=\d)){0,90}?\b(?:reach|hit|grow(?:ing)? to|expand(?:ing)? to|top|surpass|exceed)\w*\s+)?"
    r"(?:about |approximately |around |roughly |more than |over |nearly |some |up to )?<q>"
)
def _multiplying_verb(surface: str, marked_near: str) -> bool:
    """'has been doubling', 'aims to triple': a verb of growth, not 'double the bandwidth of' or 'double Corvid's', which
    compare one thing with another."""
    if re.fullmatch(r"(?:doubl|tripl|quadrupl)(?:ed|es|ing)", surface.lower()):
        return True
    if not re.fullmatch(r"double|triple|quadruple", surface.lower()):
        return False
    compares = re.search(r"<q>\s+(?:the|its|their|that|those|what)\b|<q>\s+[\w.-]+['’]s?\s", marked_near)
    return not compares or re.search(r"\b(?:to|will|would|could|may|might|can|should)\s+<q>", marked_near) is not None


# an industry's size in sales: "China's core AI industry exceeded 700 billion yuan in scale", "the market size hit $30 billion",
# "Beijing's AI industry was worth nearly 350 billion yuan"
_INDUSTRY_SIZE_RE = re.compile(
    r"\b(?:industry|sector|market)\s+(?:size|scale|output(?:\s+value)?)\s+(?:\w+\s+){0,3}?(?:reach\w*|hit|exceed\w*|top\w*|"
    r"surpass\w*|was|is|stood\s+at|of)\s+" + _ABOUT + r"<q>|"
    r"\b(?:industry|sector)\s+(?:\w+\s+){0,2}?(?:exceed\w*|reach\w*|top\w*|surpass\w*|hit|was\s+worth|is\s+worth|worth)\s+"
    + _ABOUT + r"<q>(?:\s+in\s+(?:scale|size|output))?"
)
# multiples by which something grew; not when what grew is a speed ("decoding increased by 3x")
_GREW = r"(?:grew|grown|grows|growing|increased|increasing|rose|risen|rising|surged|jumped|climbed|expanded|expanding|improved|improving)"
_GREW_BY_RE = re.compile(
    rf"\b{_GREW}\s+(?:by\s+)?(?:(?:roughly|about|around|nearly|some|over|more than|almost|only|just|a factor of)\s+)*<q>|"
    # "expects compute capacity to increase tenfold", "expand sovereign compute twentyfold"
    r"\b(?:increase|expand|grow|rise|boost|scale(?:\s+up)?|multiply|triple|double)\s+(?:by\s+)?(?:(?:roughly|about|around|nearly|another|"
    r"more than|almost|a factor of)\s+)*<q>|"
    r"\b(?:increas\w*|expand\w*|grow\w*|boost\w*|scal\w*(?:\s+up)?|multipl\w*)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:compute|computing(?:\s+power)?|(?:compute\s+|computing\s+)?capacity)\s+(?:by\s+)?(?:(?:roughly|about|around|nearly|more than|"
    r"almost)\s+)*<q>")
_SPEED_GREW_RE = re.compile(rf"\b(?:speed|throughput|decod\w*|inference|latency|tokens? per)\b[^.;<]{{0,25}}\b{_GREW}\b|"
                            r"^(?:decod\w*|inference|throughput|speed)\b")
# a speed-up measured against other software: "over Triton implementations", "than the FP16 cuBLAS baseline"
_OVER_SOFTWARE_RE = re.compile(
    r"<q>[^.;]{0,60}?\b(?:over|than|vs\.?|versus|compared (?:to|with))\s+(?:the\s+|a\s+|its\s+)?"
    r"(?:(?![a-z]{0,3}\d{2,4}[a-z]?\b|gpus?\b|tpus?\b|hopper\b|blackwell\b|running\b|using\b|on\b|with\b|in\b)[\w.@+-]+\s+){0,4}?"
    r"(?:baselines?|implementations?|kernels?|frameworks?|librar(?:y|ies)|fp16|bf16|fp32|16-bit model|pytorch|cublas|vllm|"
    r"tensorrt(?:-llm)?|hugging ?face|transformers|triton|zero-\d)\b"
)


_AI_TRAFFIC = r"(?:gen-?ai|genai|ai|web|search|chatbot|llm)\s+(?:[\w-]+\s+)?traffic"  # "gen-AI traffic": a market measured in visits
# what goes faster without being a system: people ("developers were 20% faster with AI"), shares, revenue, a market
_NOT_A_SYSTEM_RE = re.compile(r"\b(?:developers?|programmers?|workers?|employees|people|staff|teams?|users|agents|customers|"
                               r"analysts|with AI|shares?|stocks?|revenue|sales|expenses|market|adoption|grow\w*|grew)\b", re.IGNORECASE)
# what runs faster when a speed-up is a system's: "ASPEN is 9.99% faster than Baseline@SEQ", "SOTA systems"
_SYSTEM_WORDS_RE = gated(re.compile(r"\b(?:baselines?|implementations?|systems?|frameworks?|engines?|kernels?|librar(?:y|ies)|inference|"
                              r"training|processing|serving|decoding|pipelines?|quantization|compil\w*|runtimes?|algorithms?|parameters|models?)\b",
                              re.IGNORECASE))


def _chip_talk(sentence: str) -> bool:
    """A lower-cased sentence about chips: a chip word, a chip's name or a chip's spec word."""
    return bool(_CHIP_WORDS_RE.search(sentence) or _CHIP_NAME_RE.search(sentence) or _MORE_CHIPS_RE.search(sentence)
                or _CHIP_SPEC_WORDS_RE.search(sentence))


# accelerators the chip-name list leaves out, and what only chips are rated in
_MORE_CHIPS_RE = re.compile(r"\b(?:trainium\d?|inferentia\d?|ironwood|trillium|maia\s?\d+|tpu\s?v\d+\w?|ascend\s?\d+\w?|wse-\d|cs-\d)\b")
_CHIP_SPEC_WORDS_RE = re.compile(r"\b(?:[tpe]flops|(?:peta|tera|exa)flops?|tops|tdp|per watt|nvlink)\b")
# "about 80% of the H100's performance": a chip against another chip
_SHARE_OF_PERFORMANCE_RE = re.compile(r"<q>\s+of\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,4}?(?:peak\s+|raw\s+|inference\s+|training\s+|compute\s+)?"
                                      r"performance\b")
_UNPLACED = "unplaced"  # no cue word at all, unlike a rule that decides a figure is "other"


# money put into something: "pumping more than $1.5 billion into", "injecting KRW 250 billion (...) directly into"
_POURED_INTO_RE = re.compile(
    r"\b(?:pump\w*|pour\w*|inject\w*|plow\w*|plough\w*|sink\w*|funnel\w*|channel\w*)\s+(?:\w+\s+){0,3}?<q>\s+(?:\([^)]*\)\s+)?(?:directly\s+|straight\s+)?into\b"
)
# what it is put into when that is one's own build-out or AI at large, not a company: "into its AI infrastructure"
_OWN_BUILD_OUT_RE = re.compile(
    r"\s+(?:(?:its|their|the|a|new)\s+)?(?:(?:own|artificial|intelligence|\(ai\)|ai|generative|[\w-]+)\s+){0,4}?"
    r"(?:infrastructure|data ?cent\w*|capacity|projects?|facilit\w*|build-?outs?|efforts?|operations|initiatives?|r&d|research)\b|"
    r"\s+(?:(?:its|their|the|a|new)\s+(?:[\w-]+\s+){0,4}?|(?:[\w-]+\s+){1,4}?)(?:plants?|fabs?|factor(?:y|ies)|campus(?:es)?|clusters?)\b|"
    r"\s+(?:artificial intelligence|generative ai|ai)\b(?!\s+(?:start-?ups?|compan\w+|firms?|labs?)\b)"
)


# how much better or worse a model scores: "relative accuracy gains of 22% and 25%", "8.45% more accurate", "an accuracy
# drop of more than 1%"
_RELATIVE_SCORE_RE = re.compile(
    r"<q>\*?(?:\s*(?:,|and|or)\s*(?:and\s+)?[\d.]+\s*%\*?)*\s+(?:(?:relative|absolute|average)\s+)?(?:(?:accuracy|wer|score)\s+)?"
    r"(?:improvements?|gains?|better\b(?!\s+(?:energy|power|efficiency|performance|throughput|latency|speed|price|cost|value))|"
    r"more accurate|higher accuracy)|\b(?:(?:relative|average|absolute)\s+)?(?:accuracy|wer|score)\s+(?:gains?|improvements?|"
    r"drops?|loss|degradation|declines?)\s+of\s+(?:up to\s+|about\s+|over\s+|more than\s+|less than\s+|only\s+)?"
    r"(?:[\d.]+\s*%\*?\s*(?:,|and|or)\s*(?:and\s+)?)*<q>"
)
_ERROR_OR_SCORE_RE = gated(re.compile(r"\baccura|\bwer\b|word error|error rate|\bscor(?:e|es|ed|ing)\b|\bbenchmark|\bpass@|\bbleu\b|\bndcg|\bretrieval\b"))


def _model_size_change(marked_near: str, sentence: str) -> bool:
    """'2.5 times larger than Llama 2', 'a distilled 50% smaller version': how much bigger a model is, in parameters."""
    if not re.search(r"<q>\s+(?:larger|bigger|smaller)\b(?!\s+(?:\w+\s+)?(?:data ?sets?|memory|footprint|hbm|interconnect|caches?|"
                     r"files?|storage|disk|batch\w*))", marked_near):
        return False
    if not (_AI_WORDS_RE.search(sentence) or _AI_MODEL_TALK_RE.search(sentence) or re.search(r"\bdistill\w*", sentence)):
        return False
    if re.search(r"\bdata ?sets?\b|\bcorp(?:us|ora)\b|\btraffic\b|\busers\b|\bmemory\b|\bfootprint\b|\bhbm\b|\bvram\b", sentence):
        return False
    # a chip in the sentence is what is compared, unless a model is named as the thing made smaller
    return not _CHIP_WORDS_RE.search(sentence) or re.search(r"\b(?:our|the|a)\s+(?:[\w-]+\s+){0,2}?models?\b|\bparameters\b|\bdistill\w*",
                                                            sentence) is not None


# a measure named, its change given, then the level it reached: "revenue up 22% to $47.5 billion"
_MOVED_TO_RE = re.compile(
    r"\b(revenues?|sales|spending|capex|funding|valuation)\b(?:,[^,.;<%$]{1,50},)?\s+(?:(?!(?:revenues?|sales|arr|income|profits?|debt|"
    r"costs?|budgets?|prices?|salar\w+|spending|capex|funding|valuation|after|while|but|and|as|doubled|shares?)\b)[\w&-]+\s+){0,4}?"
    r"(?:(?:was|were|is|are|has|have)\s+)?"
    r"(?:up|down|rose|grew|increased|jumped|climbed|surged|soared|fell|declined|dropped)\s+(?:by\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|roughly\s+|over\s+|more than\s+)?[\d.,]+\s*(?:%|percent|per cent)\s+"
    r"(?:(?:year[- ]over[- ]year|year[- ]on[- ]year|yoy|sequentially|annually)\s+)?to\s+(?:about\s+|around\s+|nearly\s+|roughly\s+|"
    r"a record\s+|over\s+|more than\s+)?<q>", re.IGNORECASE)
_MOVED_TO_METRIC = {"revenue": "revenue", "sale": "revenue", "sales": "revenue", "spending": "spending", "capex": "spending",
                    "funding": "funding", "valuation": "valuation"}


_ACCURACY_LOSS_RE = re.compile(
    r"<q>\)?\s+(?:(?:absolute|relative|top-?1|overall)\s+)?(?:accuracy|quality|performance|precision)\s+(?:loss|drop|degradation|decrease|"
    r"penalty)\b|loss\s+(?:in|of)\s+(?:accuracy|quality)\s+(?:of\s+)?(?:less than\s+|under\s+|below\s+|about\s+|only\s+)?<q>|"
    r"\b(?:accuracy|quality)\s+(?:loss|drop|degradation)\s*\(?\s*(?:of\s+)?(?:less than\s+|under\s+|below\s+|about\s+|only\s+|<\s*)?<q>")
_SHARE_OF_THINGS_RE = re.compile(
    r"\b(?:share|proportion|percentage)\s+of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,3}?(?:cases|incidents|reports|attempts|prompts|responses|"
    r"answers|queries|questions|tasks|outputs|firms|companies|businesses|organi[sz]ations|enterprises|workers|employees|respondents|"
    r"adults|people|developers|students|jobs)\b(?![^.;<]{0,30}\bmarket\b)")
_TASKS_DONE_RE = re.compile(
    r"\b(?:solv|resolv|complet|pass|finish|succe|accomplish)\w*\s+(?:[^.;<]{0,60}?\band\s+)?(?:only\s+|just\s+|about\s+|around\s+|"
    r"roughly\s+|nearly\s+|over\s+|more than\s+|~\s*)?<q>\s+of\s+(?:the\s+|all\s+|its\s+)?(?:[\w.'’-]+\s+){0,3}?(?:tasks|issues|"
    r"questions|problems|puzzles|challenges|episodes|instances|test cases)\b")
_PRIVATE_INVESTMENT_RE = re.compile(r"\bprivate\s+(?:(?:generative\s+)?ai\s+|sector\s+)?investments?\b")
_BUILT_THINGS_RE = re.compile(r"\bdata ?cent(?:er|re)s?|\binfrastructure|\bgigafactor|\bfactor(?:y|ies)\b|\bplants?\b|\bfabs?\b|\bplans?\b|\bpledg\w*|\bprojects?\b|\bfacilit|\bcampus")


def _metric(cand: _Candidate, window: str, near: str, sentence: str, tight: str = "") -> str:
    """The metric a figure measures, from its unit and the cue words nearest to it; `_UNPLACED` without a cue."""
    unit = cand.unit
    q = cand.quantity
    marked_near = _around(near, q.surface)
    if unit == "other" and re.fullmatch(r"(?!bits|bytes|frames|revolutions|rotations|cycles|beats|pulses)[a-z]{3,}s/s", q.unit):
        return "throughput"  # "380 sentences/s", "1,200 images/sec": work done per second
    if q.unit == "times" and q.value < 1 and re.search(r"<q>\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:price|prices|pricing|cost|costs|fees?)\b|"
                                                      r"<q>\s+of\s+what\b", marked_near) and not _PRICE_RE.search(sentence):
        return "other"  # "3x faster at half the price": a ratio of prices, not a speed (but a fifth of a price per million
        # tokens is one too)
    if unit == "percent" and re.match(r"[+\-−]", q.surface) and re.search(
            r"\(\s*(?:(?:nasdaq|nyse|tsx|lse)\s*:\s*)?[a-z]{1,5}\s+<q>\s*\)", marked_near, re.IGNORECASE) and re.search(
            r"\b(?:stocks?|shares?|nasdaq|nyse|markets?|trading|traders|investors?|wall street)\b", sentence):
        return "growth"  # "Nvidia (NVDA -3.01%)": the stock's move that day
    if unit == "percent" and re.search(r"(?:\bmarket\s+share|\b(?:its|their|[a-z0-9]+['’]s?)\s+(?:[\w-]+\s+)?share(?!\s+(?:price|of)\b)|"
                                       r"\bshare\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?market)\b[^.;<%]{0,40}?\b(?:fell|falling|falls|dropp\w+|"
                                       r"drops|dipp\w*|dips?|slipp\w*|slips?|slid|slides?|tumbl\w+|sank|sinks?|shr[ua]nk|declin\w+|rose|rising|"
                                       r"rises|climb\w*|grew|growing|jump\w*|surg\w*)\s+(?:below|under|above|over|past|beyond|to)\s+"
                                       r"(?:about\s+|around\s+|roughly\s+|nearly\s+|just\s+|only\s+)?<q>", marked_near) \
            and not re.search(r"\b(?:vote|votes|voters|polls?|electorate)\b", sentence):
        return "market_share"  # "its HBM market share falling below 30%": the level the share reached, not a change
    if unit in ("USD", "CNY", "EUR") or (unit == "other" and q.unit.split("/")[0] in _MONEY_UNITS):
        if (_PRICE_RE.search(sentence) or _PRICE_PER_MILLION_RE.search(sentence) and "/" not in q.unit and not re.search(
                r"<q>\s*(?:/\s*|an?\s+|per\s+|each\s+)(?:hr|hour|month|year|day)\b", marked_near)) and (
                q.value < 10_000 or _PRICE_RE.search(near) and q.value < 1_000_000):  # no million tokens cost a million dollars
            return "price_per_million_tokens"
        moved_to = _MOVED_TO_RE.search(marked_near)
        if moved_to:  # "revenue up 22% to $47.5 billion", "capex rose 40 percent to $25bn": the level the measure reached
            return _MOVED_TO_METRIC[moved_to.group(1).lower().rstrip("s")]
        if q.value < 100 and re.search(
                r"<q>\s*/\s*m\b(?![-/'’²³2]|\s*(?:impressions|views|visits|users|readers|subscribers|requests|sq|square)\b)", marked_near) and (not re.search(
                r"\bmonth|\bsubscri|\bplans?\b|\bseats?\b|\bsalar|\brent\w*|\bper user|\bmeters?\b|\bsq|\bspace\b|\boffices?\b|\bland\b|"
                r"\bhous\w+|\bpropert\w+|\bfloor|\bon average\b", sentence) or _model_talk(sentence)):
            return "price_per_million_tokens"  # "Flash-Lite at $0.10/M is the cheapest entry": per million tokens
        if q.value < 1_000 and re.search(r"<q>\s*/\s*\$\d|\$[\d.,]+\s*/\s*<q>", marked_near):
            return "price_per_million_tokens"  # "Claude 3.5 Sonnet is $3/$15": an API's input and output prices
        if q.value < 1_000 and re.search(r"\b(?:input|output)\s+(?:token\s+)?(?:prices?|pricing|costs?)\s*(?:\(\s*|of\s+|is\s+|at\s+|:\s*)"
                                        r"(?:about\s+|around\s+|just\s+|only\s+)?<q>", marked_near):
            return "price_per_million_tokens"  # "Gemini Flash Lite's input price ($0.075) is 47% cheaper"
        if re.search(r"<q>\s+(?:[\w-]+\s+)?(?:charges?|write-?downs?|write-?offs?|impairments?)\b(?!\s+(?:for|per)\s+(?:each|every|a|an)\b)|"
                     r"\b(?:charges?|write-?downs?|write-?offs?|impairments?)\s+of\s+(?:up to\s+|about\s+|around\s+|roughly\s+|nearly\s+|"
                     r"some\s+|over\s+|more than\s+)?<q>", marked_near):
            return "other"  # "a charge of up to $5.5 billion" for unsold chips, "the $5.5 billion charge": an accounting loss
        if q.unit.endswith("/hour") or re.search(r"\bper (?:gpu[ -])?hour\b|/hr\b|an hour\b", tight.replace("<q>", q.surface.lower())):
            return "other"
        if re.search(r"\b(?:deal|transaction|contract|agreement|acquisition|merger)\b[^.;<]{0,50}\bvalued (?:it )?at\s*"
                     r"(?:about\s+|around\s+|roughly\s+|approximately\s+|nearly\s+|almost\s+|some\s+|up to\s+|more than\s+|over\s+)?<q>",
                     marked_near):
            return "other"  # "a deal the two companies valued at $3.2 billion": a deal's value, not a valuation
        if _MONEY_DIFFERENCE_RE.search(tight):
            return "other"
        if re.search(r"<q>\s+(?:\w+\s+)?(?:share\s+sale|tender\s+offer|secondary\s+sale)\b|\bwarrants?\b[^.;<]{0,60}\bat\s+<q>\s+each\b",
                     marked_near):
            return "other"  # "a $1.5 billion share sale for its employees", "warrants for AMD shares at $0.01 each"
        if re.search(r"<q>\s+(?:[\w-]+\s+){0,2}?(?:in\s+)?(?:total\s+|annual\s+|yearly\s+)?(?:compensation|pay\s+packages?|"
                     r"(?:stock|share)\s+(?:buybacks?|repurchases?)|buybacks?|(?:purchase|takeover|buyout|acquisition)\s+(?:offer|bid|proposal)s?)\b|"
                     r"\boffers?\s+(?:of\s+)?(?:about\s+|nearly\s+)?<q>\s+to\s+(?:buy|acquire|purchase)\b", marked_near):
            return "other"  # "$100 million in total compensation", "$50 billion in stock buybacks", "an offer of $97.4 billion to buy"
        if re.search(r"<q>\s+(?:\w+\s+){0,2}?(?:in\s+)?(?:(?:revenue|order|sales)\s+)?backlog\b|\bbacklog\s+(?:\w+\s+)?(?:rose|grew|swelled|"
                     r"climbed|increas\w*|stood|reach\w*|hit|jump\w*)\b[^.;<]{0,40}\bto\s+(?:about\s+|over\s+)?<q>|"
                     r"<q>\s+in\s+lost\s+(?:sales|revenue)|\b(?:slic|shav|wip|cut|knock|los|lost|remov)\w*\b[^.;<]{0,50}<q>\s+(?:\w+\s+){0,4}?"
                     r"from\s+(?:its|their|the company's)\s+(?:sales|revenue)\b|"
                     r"\b(?:overstat|understat|inflat)\w*\s+(?:\w+\s+)?(?:earnings|profits?|revenue)\s+by\s+<q>", marked_near):
            return "other"  # "$66.8 billion in revenue backlog", "cost $2.5 billion in lost sales": not revenue earned
        if re.search(r"\b(?:remaining\s+)?performance\s+obligations\b|\brpo\b", marked_near) or re.search(
                r"<q>\s+(?:\w+\s+){0,3}?to\s+(?:settle|resolve)\b|\b(?:bought|buys?|buying|acquir\w*|purchas\w*)\s+(?:the\s+|a\s+|an\s+)?"
                r"(?:[\w-]+\s+){0,4}?(?:company|startup|start-up|firm|maker|designer|business|rival|developer)\b(?!['’])"
                r"(?:\s+[A-Z][\w.&:-]*){0,3},?\s+for\s+"
                r"(?:about\s+|around\s+|nearly\s+|roughly\s+|some\s+)?<q>", marked_near):
            return "other"  # "remaining performance obligations of $455 billion", "pay $1.5 billion to settle", "bought the
            # networking company for $6.9 billion": a backlog, a settlement, a takeover's price, not spending
        if re.search(r"\b(?:total|funds|capital|money)\s+raised\s+(?:to\s+date\s+)?(?:to\s+|at\s+)?(?:about\s+|over\s+|more than\s+|nearly\s+|"
                     r"roughly\s+|some\s+)?<q>|\brais(?:e|es|ed|ing)\s+(?:a\s+(?:total\s+of\s+)?|an?\s+additional\s+|another\s+)?(?:about\s+|around\s+|nearly\s+|over\s+|"
                     r"more than\s+|roughly\s+|almost\s+|some\s+|just over\s+|close to\s+)?<q>|"
                     r"\b(?:round|financing|funding)\s+(?:\w+\s+){0,2}?(?:exceeding|of|worth|totall?ing|topping|surpassing)\s+"
                     r"(?:about\s+|over\s+|more than\s+|nearly\s+|roughly\s+|some\s+)?<q>", marked_near):
            return "funding"  # "brings its total raised to over $3 billion", "have raised nearly 2.8 billion dollars, are valued
            # at ...", "raised $15 billion in debt and equity", "a financing round exceeding $1 billion"
        worth = re.search(r"\b(chips|gpus|servers|accelerators|developments?|infrastructure|orders?|packages?|bonus\w*|compensation|"
                          r"subsidies|grants?)\s+"
                          r"(?:(?!(?:is|are|was|were|be|been|now|could|would|business|unit|division|arm|segment)\b)[\w-]+\s+){0,3}?worth\s+(?:about\s+|around\s+|at least\s+|up to\s+|roughly\s+|some\s+|nearly\s+|over\s+|"
                          r"more than\s+)?<q>", marked_near)
        if worth:  # "chips worth $40 billion" are bought; "an order worth $6.3 billion", "packages worth $200 million" are deals
            kind = worth.group(1)
            return "funding" if kind in ("subsidies", "grant", "grants") else "spending" if kind in (
                "chips", "gpus", "servers", "accelerators", "development", "developments", "infrastructure") else "other"
        if re.search(r"<q>\s+in\s+market\s+(?:value|cap\w*)\b|\bshares?\s+(?:trading|traded|trade|closed|closing)\s+at\s+<q>", marked_near):
            return "other"  # "added more than $160 billion in market value", "shares trading at $179.86": the stock, not a valuation
        if q.value < 100_000 and re.search(r"\b(?:stock|share)\s+prices?\b[^.;<]{0,40}<q>|\bclos(?:ed|ing)\s+(?:up\s+|down\s+)?at\s+<q>",
                                           marked_near) and re.search(r"\b(?:shares?|stocks?)\b", sentence):
            return "other"  # "the stock price has decreased to just under $207", "shares ... closing at $207.04": a share's price
        if re.search(r"\bmarket[- ](?:cap\w*|value|valuation)\s+(?:(?:of|at|past|to|above|over|near|around|topp\w*|surpass\w*|hit\w*|reach\w*|"
                     r"cross\w*|exceed\w*|beyond|nearly|almost|about|roughly|more than|just|some)\s+){1,3}<q>", marked_near):
            return "valuation"  # "pushing the company's market cap past $5 trillion, as investors piled in": what it is worth
        if q.value >= 1e11 and not re.search(
                r"\b(?:revenue|sales|spending|capex|expenditures?|assets|income|investments?|bookings|backlog|arr|funds?|ecosystem|gdp|"
                r"market(?![- ]cap)|commitments?|debts?|loans?|deals?|contracts?|orders?|exports?|imports?)\b"
                r"[^.;<]{0,50}<q>|<q>\s+(?:\w+\s+){0,2}?in\s+(?:assets|revenue|sales|spending)\b", marked_near) and (
                re.search(r"<q>\s+(?:market[- ]cap\w*\s+|valuation\s+)?(?:club|threshold|mark|milestone)\b", marked_near)
                and re.search(r"\b(?:stocks?|shares?|valu(?:ed|ation)|market[- ]cap\w*|most valuable|worth)\b", sentence)
                or re.search(r"\b(?:breach|crack|cross|eclips|surpass)\w*\s+(?:the\s+)?<q>(?!\s+(?:in|of|for|on)\b)", marked_near)
                and re.search(r"\bmost valuable\b|\bmarket[- ]cap\w*", sentence)):
            return "valuation"  # "putting Nvidia into the exclusive $1 trillion club", "after breaching $4 trillion ... the world's
            # most valuable firm": a company's worth passing a mark
        if re.search(r"\b(?:funding|raised?|raising|round)\b", sentence) and not re.search(
                r"\b(?:has|have|had|carr\w+|owe\w*|balance sheet|repa\w+|refinanc\w*)\b[^.;<]{0,30}<q>", marked_near) and re.search(
                r"<q>\s+(?:in\s+)?(?:of\s+)?(?:debt|loans?)\b|\bloans?\s+of\s+(?:about\s+|around\s+|nearly\s+)?<q>", marked_near):
            return "funding"  # "the latest funding consists of €468mn equity and €132mn debt", "a fresh loan of 7.1 billion dollars"
        if "/" not in q.unit and not re.search(r"\b(?:per|a|an|each)\s+(?:year|month|day|hour)\b", q.surface.lower()) and re.search(
                r"(?<!\bannual )(?<!\byearly )(?<!\bmonthly )(?<!\boperating )(?<!\bpower )(?<!\bbill )"
                r"\bcost(?:s|ing)?\s+(?:[\w-]+\s+){0,5}?<q>(?!\s*(?:/|per\b|an?\s+(?:hour|month|year)|each\b|monthly|annually|yearly|"
                r"in\s+electricity))", marked_near) and re.search(
                r"\b(?:data ?cent(?:er|re)s?|campus|site|facility|build-?outs?|phase|construction|(?:chip|industrial) complex|fabs?)\b", sentence) \
                and not _READER_RE.search(sentence) and not re.search(r"\b(?:each|every|a single|per|running)\b", marked_near.partition("<q>")[0]):
            return "spending"  # "the first 50-megawatt phase, costing $450 million": what building it costs
        if re.search(r"<q>\s+(?:a|per|each)\s+share\b|\bearnings per share\b[^.;<]{0,40}<q>|\beps\b[^.;<]{0,30}<q>", marked_near):
            return "other"  # "earnings per share reached $4.27", "$8.88 per share": not revenue or funding
        if re.search(r"<q>\s+(?:\w+\s+){0,3}?at\s+(?:an?\s+)?[$€¥£]?[\d.,]+\s*(?:[bmt]n?|billion|million|trillion)?\s+"
                     r"(?:post-money\s+|pre-money\s+)?valuation", marked_near):
            return "funding"  # "$13 billion at a $183 billion valuation" (or, in a headline, "at $5.5B valuation"): the money
            # raised, then the valuation
        if re.search(rf"\b(?:{_PROJECTS}|plans?)\s*,?\s+(?:\w+\s+){{0,3}}?worth\s+{_ABOUT}<q>|\b{_PROJECTS}\s*,?\s+valued\s+at\s+"
                     rf"{_ABOUT}<q>", marked_near):
            return "spending"  # "a project worth up to $500 billion", "The project, valued at $1 billion": to be spent, not a firm's value
        if _MARKET_VALUED_RE.search(_around(sentence, q.surface)) or _INDUSTRY_SIZE_RE.search(marked_near):
            return "revenue"  # "the AI chips market was valued at $30.3 billion ... projected to reach $397.2 billion": sales
        if re.search(r"\bvalu(?:e|es|ed|ing)\b[^.;<]{0,60}?\bat\s+(?:about |approximately |around |roughly |more than |"
                     r"over |nearly |some |up to )?<q>", marked_near):
            return "valuation"  # "could value the Elon Musk-backed company at approximately $40bn"
        if re.search(r"\b(?:secur\w*|rais\w*|land\w*|clos\w*|receiv\w*|get\w*|won|wins?)\s+(?:an?\s+)?(?:\w+\s+)?<q>\s+"
                     r"(?:\w+\s+)?investment|<q>\s+(?:\w+\s+)?investment\s+from\b", marked_near):
            return "funding"  # "close to securing a $2bn investment", "a $500 million investment from SoftBank"
        if re.search(r"<q>\s+(?:\w+\s+){0,3}?at\s+an?\s+(?:post-money\s+|pre-money\s+)?valuation\s+of\b|"
                     r"\b(?:rounds?|raise|financing)\s+(?:\w+\s+)?worth\s+(?:about\s+|around\s+|nearly\s+|roughly\s+|some\s+|over\s+|up to\s+)?<q>|"
                     r"<q>\s+(?:[\w-]+\s+)?(?:funding\s+)?rounds?\b(?!-)", marked_near) or (
                re.search(r"<q>\s+(?:\w+\s+)?investment\b", marked_near)
                and (re.search(r"\b(?:(?:funding|the|this|its|a)\s+round\b(?!-)|series [a-f]|led by|leading)", marked_near)
                     or re.search(r"\b(?:funding|financing|latest|most recent|series [a-f])\s+round\b|\bled\s+(?:the\s+|its\s+)?"
                                  r"(?:[\w-]+\s+){0,2}?round\b(?!-)", sentence))):
            return "funding"  # "raise $1 billion at a valuation of $10 billion", "a round worth $700 million", "a €200 million investment" in a round
        in_sentence = _around(sentence, q.surface)
        poured = _POURED_INTO_RE.search(in_sentence)
        if poured:  # "ASML is pumping more than $1.5 billion into Mistral AI" is funding; "pouring $80 billion into its AI
            # infrastructure" is money spent on its own build-out
            return "spending" if _OWN_BUILD_OUT_RE.match(in_sentence, poured.end()) else "funding"
        things = r"(?:in|into)\s+(?:\w+\s+){0,2}?(?:data|infra\w*|projects?|facilit\w+|sites?|campus\w*|capacity|factories|fabs?|plants?)\b"
        total = re.search(r"\b(?:total|cumulative|overall)\s+(?:[\w-]+\s+)?investment\s+(?!" + things + r")(?:\w+\s+){0,3}?(?:to|of|at|reach\w*)\s+"
                     r"(?:about\s+|around\s+|nearly\s+|roughly\s+|over\s+|more than\s+|almost\s+)?<q>(?!\s+" + things + r")|<q>\s+(?:\w+\s+)?equity\s+(?:investment|stake|"
                     r"financing)|<q>\s+(?:\w+\s+)?invested\s+by\s+(?:\w+\s+)?(?:vcs?|venture|investors)\b(?![^.;<]{0,25}?\b" + things + r")|\binvested\s+(?:about\s+|over\s+|"
                     r"more than\s+|nearly\s+)?<q>\s+(?:in|into)\s+(?:[\w-]+\s+){0,3}?(?:startups|start-ups|companies)\b", marked_near)
        if total and not (re.match(r"total|cumulative|overall", total.group(0)) and re.search(
                r"\bdata ?cent(?:er|re)s?\b|\bfacilit|\bcampus|\bprojects?\b|\bplants?\b|\bfactor(?:y|ies)\b|\bconstruct|\bbuild", sentence)
                          and not re.search(r"(?:['’]s|\bits|\btheir)\s+(?:[\w-]+\s+)?$", marked_near[: total.start()])):
            return "funding"  # "bringing its total investment to nearly $33 billion", "a $2.1 billion equity investment",
            # "$122 million invested by VCs", "invested more than $1.1 billion into AI chip startups"
        if re.search(r"\bcost", sentence) and re.search(r"<q>\s+to\s+(?:train|build|run|develop|serve)\b", marked_near):
            return "spending"  # "it now costs $50k to train stable diffusion"
        if re.search(
                r"\b(?:project|build-?out|campus|site|facility|data ?cent(?:er|re)|fab|factory|factories)s?\s+(?:(?:is|was|are|were|will|would|could|may|"
                r"might|has|have|had|be|been|to|estimated|expected|projected|set|likely|reportedly|ultimately|eventually|now|already)\s+)"
                r"{0,5}cost(?:s|ing)?\s+(?:(?:the|its|their|a|an)\s+(?:[\w-]+\s+){0,3}?)?(?:about\s+|around\s+|roughly\s+|"
                r"at least\s+|over\s+|more than\s+|nearly\s+|almost\s+|some\s+|an estimated\s+)?<q>(?!\s*(?:/|per\b|a\s+(?:year|month)\b|each\b|"
                r"apiece\b|annually\b|every\b))", marked_near) and not re.search(r"\b(?:run|running|operat\w*|power\w*|cool\w*)\b", sentence) \
                and not re.search(r"\b(?:each|a single|one|per|every)\b[^.;<]{0,40}\bcost", marked_near):
            return "spending"  # "a project estimated to have cost the company at least $120m": what building it cost
        unit_price = re.search(r"<q>\s*(?:/|per\s+[\w-]+|(?:an?|each)\s+(?:hour|hr|gpu|unit|card|chip|month|token|share)\b|each\b|apiece\b)|"
                               r"\b(?:each|a single|one)\b[^.;<]{0,30}\bcosts?\b[^.;<]{0,15}<q>|\bcosts?\s+per\s+[\w-]+[^.;<]{0,15}<q>|"
                               r"\b(?:chips?|gpus?|cards?|h100s?|a100s?|h200s?|b200s?)\s*,?\s+(?:that|which)\s+costs?\b", marked_near)
        if unit_price and re.search(r"<q>\s+per\s+(?:training\s+)?run\b", marked_near):
            unit_price = None  # "$1 billion per training run" is what a run costs
        if not unit_price and (re.search(r"\btotal\s+(?:capital\s+|training\s+|compute\s+)?costs?\b[^.;<]{0,25}<q>|"
                                         r"<q>\s+in\s+total\s+(?:capital\s+)?costs?\b", marked_near) or _TRAINING_TALK_RE.search(sentence) and (
                re.search(r"(?:\btrain\w*|\bfine[- ]?tun\w*|\brun)\b[^.;<]{0,60}\bcost(?:s|ing)?\b[^.;<]{0,30}<q>|"
                          r"\bcost(?:s|ing)?\b[^.;<]{0,30}<q>\s+per\s+(?:training\s+)?run\b", marked_near)
                or re.search(r"\b(?:train|fine[- ]?tun)\w*\s+(?:[\w-]+\s+){0,5}?for\s+(?:about\s+|under\s+|less than\s+|just\s+|only\s+|"
                             r"around\s+)?<q>", marked_near))):
            return "spending"  # "the total cost will be $67,725", "a training run ... costs 40 to 80 million dollars",
            # "fine tune a 6B parameter model for about $7"; not "a single H100 costs $30,000"
        if re.search(r"<q>\s+(?:in\s+)?annuali[sz]ed\b(?!\s+(?:spend\w*|costs?|burn|loss\w*|capex)\b)", marked_near) and not re.search(
                r"\b(?:spend\w*|burn\w*|costs?|loss\w*|capex)\b[^.;<]{0,30}<q>", marked_near):
            return "revenue"  # "raised $30B at $380B post-money on roughly $19B annualized": a revenue run-rate
        if re.search(r"<q>\s+(?:post|pre)-money\b(?!\s+valuation)", marked_near):
            return "valuation"  # "raised $30B at $380B post-money": the valuation after the round
        if re.search(r"\bvaluation\s+(?:of\s+)?(?:about |around |nearly |over |more than |roughly )?<q>", tight):
            return "valuation"  # "reaching a post-money valuation of $24 billion"
        if any(re.search(r"\b(?:net|operating) (?:income|profits?|loss(?:es)?)\b[^.;<]{0,70}<q>", zone)
               for zone in (_around(window, q.surface), marked_near)) or re.search(
                   r"<q>\s+(?:billion\s+|million\s+)?(?:in|of)\s+(?:(?:net|operating|gross|adjusted|diluted)\s+){1,2}(?:income|profits?|earnings|ebitda)"
                   r"(?![-\w])|<q>\s+(?:in|of)\s+(?:earnings|ebitda)\s+(?:per\s+share|for)\b|"
                   r"\b(?:(?:operating|free)\s+)?cash\s+flows?\s+(?:of|was|were|reached|rose\s+to)\s+(?:about\s+)?<q>|\bebit(?:d?a)?\s+of\s+<q>", tight):
            return "other"  # "net income soared to $32 billion", "$38.3 billion in operating income", "free cash flow of $2.2B":
            # not revenue
        venture_report = re.search(r"\bfunding\b|\bseries [a-f]\b|\bventure\b|\bvcs?\b|\bcrunchbase\b|\bpitchbook\b|\brounds?\b|"
                                   r"\braised\b|\bfinancing\b", sentence)
        if venture_report and re.search(r"\bdeals\b", sentence) and not re.search(r"\bvalu", marked_near) and not re.search(
                r"\bacqui\w*|\bmerger\b|\blease\w*|\bcontract\w*|\bbuy\w*|\bpurchas\w*|\blicens\w*", sentence):
            return "funding"  # "Series B rounds reached $57 billion across 1,541 deals": deals in venture reports are rounds
        if _INTO_A_COMPANY_RE.search(in_sentence) and not _INTO_A_COMPANY_NOT_RE.search(in_sentence):
            return "funding"  # "invested $14.3 billion in AI infrastructure company Scale", "the $13 billion it had invested
            # in the startup": an investor's money is the company's funding
        if re.search(r"\b(?:committ\w*|pledg\w*|allocat\w*|provid\w*|invest(?:s|ed|ing)?|investments?\s+of(?:\s+[$€£]?[\d.,]+\s*(?:billion|million|trillion|bn|m|b)?,?(?:\s+and)?){0,4}|self-funded\s+with)\s+(?:in\s+)?(?:up to\s+|about\s+|"
                     r"another\s+|an additional\s+|an initial\s+|roughly\s+|over\s+|nearly\s+|a\s+)?<q>|<q>\s+(?:\w+\s+){0,2}?(?:investment|"
                     r"startup capital|convertible)\b", in_sentence) and (re.search(
                r"\b(?:rounds?|stakes?|startups?|investors|backers|valuations?|funding|rais\w+|self-funded|convertible|equity|"
                r"series [a-f])\b", sentence) or re.search(r"<q>\s+(?:to|in|into)\s+(?:it|the company|the startup|the firm|the lab)\b|"
                                                                     r"\banother\s+<q>\s+from\b", in_sentence)) and not re.search(
                r"\bdata ?cent(?:er|re)s?|\binfrastructure|\bcapex\b|\bcapital expenditure|\bbuild\w*|\bsites?\b|\bcampus|\bfacilit|"
                r"\bplants?\b|\bfabs?\b|\bfactor(?:y|ies)|\bprojects?\b|\bcapacity\b|\bchips?\b|\bgpus?\b|\bcompute\b|\bservers?\b|"
                r"\beconomy\b|\bmissions?\b|\bprogram", sentence, re.IGNORECASE):
            return "funding"  # "Amazon committed $4 billion to it", "Microsoft might provide about $95 million" in a round
        if re.search(r"\binvest(?:s|ed|ing|ment)?\s+(?:[\w.,-]+\s+){0,5}?<q>\s+(?:(?:more\s+|investment\s+|planned\s+investment\s+)?)"
                     r"in(?:to)?\s+(?:(?:artificial intelligence|generative ai|ai)\b(?!\s+(?:start-?ups?|compan\w+|firms?|labs?|developers?|chatbot|"
                     r"makers?)\b)|" + _PLACES + r")|<q>\s+(?:[\w-]+\s+){0,2}?investment\s+in\s+(?:artificial intelligence|generative ai|ai)\b"
                     r"(?!\s+(?:start-?ups?|compan\w+|firms?|labs?|developers?|chatbot|makers?)\b)", in_sentence):
            return "spending"  # "a €200 billion investment in artificial intelligence", "invest $5 billion in Korea": spent, not raised
        if re.search(r"<q>[\s-]+(?:ai\s+)?(?:company|startup|start-up|unicorn|chipmaker)\b", marked_near):
            return "valuation"  # "the world's first US$5 trillion company", "leads the $4 billion startup": what it is worth
        head = _MONEY_HEAD_RE.search(marked_near)
        word = head.group(1).lower().split()[-1] if head else ""
        kind = _MONEY_HEADS.get(word) or _MONEY_HEADS.get(word.removesuffix("s")) or _MONEY_HEADS.get(re.sub(r"ies$", "y", word))
        if kind and word == "quarter" and head and re.search(r"<q>\s+(?:this|last|next|that|the|each|every|per|a)\s+quarter", head.group(0)):
            kind = None  # "were $34.9 billion this quarter": when, not "a $30 billion quarter"
        if kind == "valuation" and head and re.match(r"\s+(?:gains?|loss(?:es)?|markdowns?|write-?downs?)\b", marked_near[head.end() :]):
            kind = "other"  # "a $4.2 billion valuation gain on its investment": a gain booked, not what a company is worth
        if kind:  # "a $24 billion post-money valuation": the noun the figure modifies says what it is
            return kind
        for zone in (_own_clause(tight), _own_clause(marked_near)):
            found = _closest(_MONEY_RULES, zone)
            if found == "other" and _closest([(_COST_WORD_RE, "cost"), *_MONEY_RULES], zone) == "cost" \
                    and (_TRAINING_TALK_RE.search(sentence) or _WHOLE_COST_RE.search(zone) and not re.search(r"\bfees?\b", sentence)
                         or _COSTING_RE.search(zone) and re.search(r"\bmodels?\b[^.;]{0,120}\bcosting\b", sentence)) \
                    and not re.search(r"<q>\s*(?:per\b|/|each\b|apiece\b|an?\s+(?:month|year|hour|day)\b)", zone) and "/" not in q.unit \
                    and not re.search(r"\b(?:[a-z]{1,3}\d{3,4}[a-z]{0,2}|gpus?|cards?|chips?)\s+costs?\s+(?:\w+\s+)?<q>", zone):
                return "spending"  # "it took 53 days to train, at a cost of around $3M": what training cost
            if found:
                if found in _COMPANY_MONEY and (_READER_RE.search(_own_clause(marked_near)) or _LEGAL_RE.search(sentence)):
                    return "other"
                return found
        for pattern, metric in _MONEY_RULES[1:]:
            if pattern.search(window):
                return metric
        for pattern, metric in _MONEY_RULES[1:3]:
            if pattern.search(sentence):
                return metric
        return _UNPLACED
    if unit == "points" and q.unit not in ("points", "percentage points"):
        return "benchmark_score"  # a bare score read as points: "scores 93.1 on RULER", "77 for MATH"
    if unit == "points" and re.search(r"(?:\bmarket|\bits|\btheir|\b[a-z][\w.-]*['’]s?)\s+share\b(?!\s+price)(?!\s+of\s+(?:the\s+)?(?:popular\s+|"
                                      r"national\s+)?(?:income|vote|gdp|output|seats|wealth)\b)"
                                      r"(?:\s+[\w.’'-]+){0,6}?\s+(?:fell|dropped|slipped|slid|declined|decreased|shrank|lost|rose|"
                                      r"grew|gained|climbed|increased|jumped|expanded|added)\s+(?:by\s+)?(?:about\s+|around\s+|roughly\s+|"
                                      r"nearly\s+|almost\s+|some\s+|over\s+|more than\s+)?<q>", marked_near):
        return "market_share"  # "ChatGPT's share fell by three points": a share moves in points
    if unit == "percent" and re.search(r"<q>\s+(?:(?!(?:increase|rise|gain|drop|decline|improvement|jump|boost|fall)s?\b)[\w()-]+\s+){0,3}?"
                                       r"win[- ]rates?\b|\bwin[- ]rates?\b(?:[^.;<]|(?<=\d)\.(?=\d)){0,40}<q>", marked_near) and (
            _model_talk(sentence) or re.search(r"\b(?:pairwise|arena|judge|alpacaeval|preference)\b", sentence, re.IGNORECASE)):
        return "benchmark_score"  # "achieves 80.0% win rate vs Ovi 1.1 and 60.9% vs LTX 2.3": a head-to-head evaluation
    if unit == "percent" and re.search(r"\b(?:won|wins|winning|win)\s+(?:about\s+|around\s+|nearly\s+|over\s+|more than\s+)?<q>\s+of\s+"
                                       r"(?:its\s+|their\s+|the\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:matches|match-?ups|battles|duels|"
                                       r"comparisons|head-to-heads?|votes)\b", marked_near):
        return "benchmark_score"  # "won 61% of head-to-head comparisons against GPT-4o": a win rate, not so named
    if unit == "percent" and re.search(
            r"<q>\s+(?:\w+\s+){0,2}?(?:improvement|reduction|decrease|cut|drop|overhead|advantage)s?\s+in\s+(?:[\w-]+\s+){0,2}?latency(?![\w-])"
            r"(?!\s+(?:satisfaction|complaints?|scores?|tickets?|issues?|programs?|projects?|budgets?)\b)|"
            r"\blatency\s+(?:reductions?|decreases?|improvements?|overhead|cuts?)\b(?!\s+(?:programs?|projects?|initiatives?|efforts?|"
            r"were|was|are|is|remain\w*|ha[sv]e?)\b)(?:[^.;<]|(?<=\d)\.(?=\d)){0,60}<q>(?!\s+(?:of|saying|said|say)\b)|"
            r"\b(?:reduction|decrease|improvement)s?\s+in\s+(?:[\w-]+\s+)?latency\s*\(?\s*(?:approximately\s+|about\s+|around\s+|roughly\s+|~\s*)?<q>",
            marked_near):
        return "latency"  # "a 25-percent improvement in end-to-end latency", "the latency reduction ... can reach up to 25%"
    if unit == "points" and re.search(r"\b(?:an?\s+)?(?:improvement|gain|increase|boost|jump)s?\s+of\s+(?:about\s+|around\s+|up to\s+|over\s+|"
                                      r"nearly\s+|roughly\s+)?<q>(?!\s*(?:points?\s+)?(?:on|in)\s+[a-z])", marked_near) and not re.search(
                                          r"\bshare\b", sentence):
        return "growth"  # "yielding an improvement of 74.4 points": how much a score rose
    if unit in ("percent", "points") and re.search(r"\+\s*$", marked_near.partition("<q>")[0]):
        return "growth"  # "Python +57%", "(+107% > CodeGeeX)": an improvement
    if unit == "points" and re.search(r"\boutperform\w*|\bsurpass\w*|\bmargin\b|\bscor\w*|\bbenchmark", sentence) \
            and (_AI_MODEL_TALK_RE.search(sentence) or re.search(r"\b(?:m?ap(?:50|75|r|_?[rsml])?|sota|baselines?)\b", sentence)):
        return "benchmark_score"  # "outperforms ... by an average margin of 4.4 and 6.1 points"
    if unit == "percent" and re.search(r"<q>\s+(?:mfu|hfu)\b|\b(?:mfu|hfu|(?:model\s+flops?|hardware(?:\s+flops?)?|gpu|tensor\s+core)\s+"
                                       r"utili[sz]ation)\s*(?:of\s+|:\s*|was\s+|is\s+|reached\s+|at\s+)?(?:about\s+|around\s+|"
                                       r"roughly\s+|~\s*|over\s+|up to\s+)?<q>", marked_near):
        return "other"  # "45% MFU", "a model FLOPs utilization of 52%": how busy the chips are, not a benchmark score
    if unit == "percent" and _SURVEY_SHARE_RE.search(marked_near.partition("<q>")[0]):
        return "other"  # "the share of U.S. workers using AI rose to 31%": a share of people, not of a market
    if unit in ("percent", "points"):
        if re.search(r"<q>\s*(?:coco\s+|box\s+|mask\s+)?(?:m?ap(?:50|75|r|_?[rsml])?|miou)\b(?!-)|\b(?:m?ap(?:50|75)?|miou)\s*(?:of\s+|:\s*|=\s*)<q>",
                     tight):
            return "benchmark_score"  # "28.1% AP at 142 FPS", "37.4 COCO AP", "44.0 mIoU": a detector's or segmenter's score
        if re.search(r"<q>\s+(?:higher|more|greater|increased|wider|faster)\s+(?:memory\s+)?bandwidth\b", tight):
            return "other"  # "up to 50% higher bandwidth compared to HBM3": memory bandwidth, a spec annotators leave as other
        chip_talk = _chip_talk(sentence)
        if chip_talk and re.search(
            r"<q>\s*(?:\w+\s+)?(?:faster|more powerful|more performant|quicker|(?:higher|better|more)\s+(?:[\w-]+\s+){0,2}?(?:perf|performance)\b|"
            r"performance (?:gain|boost|improvement|uplift))",
            tight,
        ) or _CHIP_WORDS_RE.search(sentence) and re.search(
            r"<q>\s+(?:increase|improvement|boost|gain|uplift)\s+in\s+(?:[\w-]+\s+){0,4}?(?:performance|compute)\b", marked_near):
            return "chip_performance"  # "a 50% increase in dense FP4 inference compute performance" of a GPU
        if chip_talk and re.search(r"\bperformance\s+(?:enhancement|improvement|boost|gain|uplift|increase)\s+of\s+(?:up to\s+|about\s+|"
                                   r"around\s+|roughly\s+|over\s+|nearly\s+)?<q>|<q>\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?performance\b(?=[^.;<]{0,40}?\b(?:"
                                   + _CHIP_NAMES + r")\b)", marked_near):
            return "chip_performance"  # "a performance enhancement of 50% over the GB200", "80% of the performance levels of the B200"
        if re.search(r"<q>\s+(?:compound\s+annual\s+growth\s+rate|cagr)\b|\bcagr\s+(?:of\s+)?(?:about\s+|around\s+|nearly\s+|over\s+)?<q>|"
                     r"\bgrowth\s+rate\s+(?:[\w-]+\s+){0,3}?(?:of|at|to|be|is|was|reach\w*)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?<q>",
                     marked_near):
            return "growth"  # "will speed up at a 20.1 percent CAGR", "that growth rate could be closer to 14%"
        if re.search(r"<q>\s+(?:\w+\s+)?(?:inference\s+|decoding\s+|generation\s+)?(?:speed-?ups?|speed improvement)\b|"
                     r"\bspeed-?up (?:was|is|of|reached|reaches) (?:up to |about |around |roughly |nearly |over )?<q>", tight):
            return "throughput"  # "batch inference can bring a 40% speedup", "the speedup was 208%"
        if re.search(r"<q>\s+(?:more|higher|faster)\s+(?:tokens?\s+per\s+second|tokens?/s(?:ec)?|tok/s)\b", tight) or re.search(
                r"<q>\s+(?:improvement|increase|gain|boost|uplift|speed-?up)\b(?!\s+in\b(?!\s+(?:speed|throughput|generation|decoding|tokens)\b))",
                tight) and re.search(r"\d\s*(?:tokens?\s+per\s+second|tokens?/s(?:ec)?|tok/s)\b", near) and not re.search(
                r"\b(?:scores?|accuracy|benchmark)", sentence):
            return "throughput"  # "the 5090 delivers 28–67% more tokens per second", "7,200 tokens per second vs ~4,300 — a 67% improvement"
        if re.search(r"<q>\s+(?:faster|quicker|greater speed|higher throughput|more throughput)\b", tight) and not chip_talk and (
                _AI_MODEL_TALK_RE.search(sentence) or _SYSTEM_WORDS_RE.search(sentence) and not _NOT_A_SYSTEM_RE.search(sentence)):
            return "throughput"  # "Zephyr-3 generates text 35% faster than Zephyr-2", "ASPEN is 9.99% faster than Baseline"
        if re.search(r"<q>\s+performance (?:improvement|gain|boost)s?\b", tight) and not chip_talk and _SYSTEM_WORDS_RE.search(sentence) \
                and not _NOT_A_SYSTEM_RE.search(sentence) and not re.search(r"\bbenchmark|\beval|\bscor|\baccuracy|\bmmlu\b|\breasoning\b", sentence):
            return "throughput"  # "ChatLearn achieves a 52% performance improvement": a system's speed
        # "rose from 33.2% to 62.4%", "up from 12%": the levels before and after, not the change
        level = re.search(r"\b(?:from|to)\s+(?:about |around |roughly |nearly |almost |just |less than |more than |over |under )?<q>",
                          tight) is not None or re.search(
            # "up from 72% at the start of 2024 and 55% the year before": more of the earlier levels;
            # "40% of enterprise applications will embed agents, up from 5%": the share now
            r"\b(?:up|down) from\s+[^.;<]{0,40}?\band\s+<q>(?!\s+(?:higher|lower|more|less|above|below)\b)", marked_near) is not None or re.search(
            r"<q>\s+of\s+(?:[\w-]+\s+){0,3}?[a-z]+s\b[^.;<]{0,80}?,\s*(?:up|down)\s+from\b", _around(sentence, q.surface)) is not None
        stated = re.search(
            # "the 7/6nm utilization ... is now around 60%": a level stated, not a change (but "the increase was 35%")
            r"(?<!increase )(?<!rise )(?<!gain )(?<!jump )(?<!drop )(?<!decline )(?<!growth )(?<!change )"
            r"\b(?:is|are|was|were|stands?|stood|sits?|remains?|remained|hovers?|hovered)\s+(?:now\s+|currently\s+|still\s+)?"
            r"(?:at\s+)?(?:about |around |roughly |nearly |approximately |almost |just |only )?<q>(?!\s+(?:lower|higher|up|down|"
            r"more|less|above|below|smaller|larger|bigger|greater|cheaper|faster|slower|year|yoy|y/y|from|on|over)\b)", tight) is not None
        if re.search(r"<q>\s+of\s+(?:[\w'’-]+\s+){0,3}?(?:electricity|power|energy)\s+(?:consumption|use|usage|demand)\b", marked_near) or (
                level and re.search(r"\bshare\s+of\s+(?:[\w-]+\s+){0,2}?(?:electricity|power|energy)\b", sentence)):
            return "other"  # "about 4.4 percent of national power consumption": a share of a country's electricity
        if re.search(rf"<q>\s+(?:of\s+(?:all\s+|total\s+)?(?:{_AI_TRAFFIC}|model downloads)|(?:token|dollar|traffic)\s+share)\b",
                     marked_near) or (level and re.search(rf"\d\s*%\s+of\s+{_AI_TRAFFIC}\b", sentence)):
            return "market_share"  # "moved from roughly 9% to about 20% of gen-AI traffic", "~12% token share"
        if re.search(r"\b(?:reduc\w*|cut\w*|lower\w*|sav\w*|decreas\w*|shrink\w*|slash\w*|trim\w*)\s+(?:\w+\s+){0,2}?(?:memory|vram|"
                     r"storage|footprint|disk space)\s+(?:usage\s+|use\s+|requirements?\s+|consumption\s+)?by\s+"
                     r"(?:up to\s+|about\s+|around\s+|nearly\s+|over\s+)?<q>", marked_near):
            return "other"  # "reduces memory usage by 60%": a saving of memory, not speed or a score
        if _THROUGHPUT_CHANGE_RE.search(marked_near):
            return "throughput"  # "a 70% increase in throughput"
        if unit == "percent" and (_model_size_change(marked_near, sentence) or re.search(
                r"<q>\s+(?:reduction|cut|decrease)\s+in\s+(?:the\s+)?(?:llm|model|network)(?:['’]s)?\s+size\b|"
                r"<q>\s+(?:additional|extra|more|fewer)\s+(?:trainable\s+)?parameters\b", marked_near)):
            return "parameters"  # "a distilled 50% smaller version of SDXL", "a 22% reduction in LLM size"
        if unit == "percent" and re.search(r"<q>\s+(?:(?:lower|less|fewer)\b(?!\s+(?:latency|ttft|energy|power|emissions?)\b)|reduction\b"
                                           r"(?!\s+in\s+(?:the\s+)?(?:price|cost|latency|ttft|energy|power|emissions?)))", tight) and not re.search(
                r"\b(?:revenue|sales|shares?|stocks?|latency|energy|power|emissions?|spending|profits?|earnings|income|margins?)\b", near):
            return "other"  # "reduced hallucination rates (30% lower)", "90% reduction in false outputs": not growth
        if _SHARE_OF_PEOPLE_RE.search(marked_near) or _ANSWER_NOW_RE.search(marked_near) or (
                _SURVEY_ANSWER_RE.search(marked_near) and _SURVEY_CUE_RE.search(sentence)):
            return "other"  # "88% of leaders plan to increase AI spending": a share of those surveyed, not a change
        if re.search(r"\b(?:increas|grew|grow|rais|gain|boost|los|cut|expand)\w*\s+(?:its\s+|their\s+|the\s+)?"
                     r"(?:\w+\s+){0,2}?share\s+by\s+(?:about |around |nearly |almost |over |more than )?<q>", marked_near):
            return "growth"  # "increased its market share by eight per cent": the change, not the share
        if re.search(r"<q>\s+(?:lower\s+|better\s+|less\s+)?(?:p(?:50|90|95|99|999)\s+|tail\s+)?latency\b|"
                     r"\b(?:latency|p(?:50|90|95|99|999)|ttft)\s+(?:\([^()<]{0,40}\)\s+)?(?:\w+\s+){0,3}?by\s+(?:around\s+|about\s+|roughly\s+|nearly\s+|up to\s+)?<q>|"
                     r"\blatency\s+(?:reduction|cut|drop|improvement)s?\s+of\s+(?:up to\s+|about\s+|around\s+)?<q>", marked_near):
            return "latency"  # "a 40% latency advantage", "91% lower p95 latency", "dropped our p95 by around 18%"
        if re.search(r"<q>\s+(?:equity\s+|ownership\s+)?stake\b", marked_near):
            return "other"  # "picking up a 2-4% stake in the startups": a holding, not a change
        if _ACCURACY_LOSS_RE.search(marked_near):
            return "other"  # "with less than 1% accuracy loss", "minimal accuracy loss (<0.5%)": a cost of compression, not a score
        if re.search(r"\b(?:accuracy|pass@\d+|scores?)\s+(?:\w+\s+){0,2}?from\s+(?:about\s+|around\s+|~\s*)?(?:<q>|[\d.]+\s*%"
                     r"[^.;<]{0,40}?\bto\s+(?:about\s+|around\s+|~\s*)?<q>)", marked_near) and not _CHIP_WORDS_RE.search(sentence):
            return "benchmark_score"  # "improves the top-1 accuracy from 76.3% of ResNet-50 to 82.6%": both are scores
        if re.search(r"\b(?:accuracy|pass@\d+|(?:average |avg\.? )?performance|score)\s+(?:of\s+)?(?:about |around |over )?<q>", tight) \
                and not _CHIP_WORDS_RE.search(sentence):
            return "benchmark_score"  # "average performance 54.76% vs. 54.39%"
        if unit == "percent" and not chip_talk and re.search(r"<q>\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w.'’-]+\s+){0,3}?(?:performance|accuracy|quality|"
                                       r"scores?|capabilit\w+)\b|\b(?:retention|retain\w*|recover\w*|preserv\w*|maintain\w*)\s+(?:of\s+)?"
                                       r"(?:over\s+|about\s+|nearly\s+|up to\s+|around\s+|roughly\s+)?<q>", marked_near):
            return "other"  # "the 2B model delivers 80% of the performance", "while retaining 99.8% of benchmark accuracy": a
            # share kept, not a score
        if _RELATIVE_SCORE_RE.search(marked_near) and _ERROR_OR_SCORE_RE.search(sentence) and not _CHIP_WORDS_RE.search(sentence) \
                and not re.search(r"\b(?:faster|speed|throughput|latency|cost|cheaper|price|efficien\w*|memory|tokens?[- ]per|energy|power)\b",
                                  near):
            return "benchmark_score"  # "relative accuracy gains of 22%", "8.45% more accurate in Mandarin", "a 6.5% improvement
            # over ColBERT-v2 ... an average score of 0.521": how much better a model scores
        if "BENCH" in window and re.search(r"\brespectively\b|\bleads? by\b|\bscor\w*|\bon\b", sentence):
            return "benchmark_score"  # "leads by 7.9%, 9.3% ... respectively on HumanEval Python, MBPP"
        if re.search(r"\bshare\s+of\s+[^.;<]{0,60}?\b(?:is|was|at|stood at|reached|hit)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|"
                     r"almost\s+|over\s+|just\s+)?<q>", marked_near):
            return "market_share"  # "the EU's share of global AI compute capacity is about 5%, compared with ...": a share, whatever it is set against
        if (_COMPARED_TO_OTHER_RE.search(marked_near) or _LESS_THAN_ANOTHER_RE.search(marked_near) or _COMPARED_WITH_RE.search(sentence)
                and not ("BENCH" in window and _BENCH_RE.search(_own_clause(marked_near)))) and not _TEMPORAL_CHANGE_RE.search(window):
            return "other"  # "Compared with DeepSeek 67B, ... reduces the KV cache by 93.3%", "at 40% lower serving costs than
            # comparable dense models": one thing against another (but "solves 25.2% of FrontierMath problems, compared with
            # under 2% for earlier systems" is a score, its own clause says so)
        if re.search(r"\b(?:below|above|for|holds?|held|command(?:s|ed)?|captur\w*|control(?:s|led)?|grabb\w*|leads? with|giv(?:es|ing) (?:it|them))\s+(?:about\s+|"
                     r"roughly\s+|nearly\s+|over\s+|almost\s+|approximately\s+|around\s+|more than\s+|close to\s+)?<q>\s+of\s+(?:all\s+)?"
                     r"(?:(?:the\s+)?(?:world|globe|industry|sector|country|nation|region|continent|market|europe|africa|asia|america|"
                     r"china|india|japan|korea|taiwan|us|u\.s\.)['’]s\s+)?"
                     r"(?:[\w-]+\s+){0,5}?(?:users|market|revenue|sales|output|capacity|traffic|searches|queries|visits|shipments|usage|tokens|downloads|installs|"
                     r"(?:chips|gpus|accelerators|units|devices|smartphones|phones|servers|pcs)\s+sold)\b", marked_near) or (re.search(r"\bleads?\s+(?:at|with)\s+<q>", marked_near)
                                                      and re.search(r"\b(?:traffic|users|share|market)\b", sentence)):
            return "market_share"  # "fell below 50% of AI-app users", "by web traffic ChatGPT leads at ~54.7%"
        if re.search(r"<q>\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,5}?market(?:\s+share)?\b", marked_near):
            return "market_share"  # "an estimated 90% of the AI GPU market share"
        if re.search(r"<q>\s+(?:cheaper|less expensive|more expensive|pricier|costlier|(?:higher|lower) (?:costs?|prices?)\b(?!\s+"
                     r"(?:per|of)\b))\b|<q>\s+(?:[\w-]+\s+)?yields?\b", marked_near):
            return "other"  # "GPT-4o mini is 94% cheaper on input", "a 40% manufacturing yield": not growth
        if re.search(r"<q>(?:\s*[-–]\s*[\d.]+\s*%)?\s+(?:(?:drag|boost|hit|contribution|lift)\s+)?(?:of|on|to)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,2}?(?:gdp|gross domestic product)\b", marked_near):
            return "other"  # "roughly 1% of US GDP", "a 0.5%-1.0% drag on US GDP": a share of an economy, not a change
        if re.search(r"<q>\s+of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,3}?(?:questions|problems|puzzles|test cases|exam questions)\b",
                     marked_near) and re.search(r"\b(?:solv\w*|answer\w*|correct(?:ly)?|right)\b", _own_clause(marked_near)) and not re.search(
                r"\b(?:customers?|support|tickets?|surveys?|respondents?|fail\w*|wrong|incorrect\w*)\b", marked_near):
            return "benchmark_score"  # "correctly answers 92% of the questions in a held-out test set": a score, not a share
        if re.search(r"<q>\s+(?:above|below|ahead of)\s+(?:the\s+)?(?:prior|previous|year-?ago|last)[- ]year\b", marked_near):
            return "growth"  # "came in 42% above the prior-year quarter" (but not "above the prior-year level of 73%")
        share = _SHARE_OF_WHOLE_RE.search(marked_near) is not None  # "8% of US power by 2030, up from 3%": a share
        rules = [r for r in _PERCENT_RULES if not ((level or share or stated) and r[1] == "growth")]
        for zone in (tight, marked_near):
            found = _closest(rules, zone)
            if (found == "benchmark_score" or found == "growth" and _ERRORS_BY_RE.search(marked_near)) and _REDUCED_BY_RE.search(marked_near):
                return "other"  # "reduced error rates by 85%", "hallucination rates dropped by roughly 25-30%": a cut, not a score
            if found:
                return found
        if "BENCH" in window:
            return "benchmark_score"
        if _SHARE_RE.search(window) and "share" in window:
            return "market_share"
        if not (level or share or stated) and _GROWTH_RE.search(window) and re.search(r"\b(?:rose|grew|increas\w*|jump\w*|climb\w*|surg\w*|growth|up|down|fell|declin\w*|drop\w*)\b", window):
            return "growth"
        if level:  # a level before or after a change is no change, unless what is measured is itself a growth rate
            return "growth" if re.search(r"\bgrowth\b", near) else "other"
        return _UNPLACED
    if unit == "other" and re.search(r"<q>\s+(?:validation|val|test|eval|evaluation)\s+loss\b", tight):
        return "benchmark_score"  # "achieves a ~3.80 validation loss on WikiText-103"
    if unit == "tokens":
        # "390 billion tokens at context length 4096": tokens read at a length, the length is the other figure
        at_length = re.match(r"\s*(?:[\w-]+\s+){0,3}?(?:(?:at|with)\s+(?:an?\s+)?(?:\d[\w.,-]*\s+)?(?:context|sequence)\s+length|"
                             r"at\s+\d+(?:\.\d+)?k\s+(?:tokens|context)\b)",
                             marked_near.partition("<q>")[2]) is not None
        if re.search(r"<q>(?:[- ]?tokens?)?[- ]?\s*(?:max(?:imum)?\s+)?(?:output|completion|response)\s+(?:limit|cap|length|window)\b|"
                     r"\b(?:output|completion|response|generation)\s+(?:token\s+)?(?:limit|cap|length)\s+(?:of\s+[\w.-]+\s+)?(?:of|is|:)\s+"
                     r"(?:up to\s+|about\s+)?<q>|\b(?:up to|at most|max(?:imum)?(?: of)?)\s+<q>\s+(?:of\s+)?output\s+tokens?\b|"
                     r"\bgenerat(?:es?|ing)\s+(?:up to|at most)\s+<q>(?![- ]?tokens?\s*(?:/|per|a)\s)|\b(?:generates?|produces?|writes?)\s+outputs?\s+of\s+"
                     r"(?:up to\s+)?<q>", tight) and cand.period is None and not re.search(
                         r"\bper (?:day|week|month|year)|\b(?:daily|weekly|monthly)\b", window):
            # "a 100,000-token maximum output limit", "a maximum generation length of 8K tokens", "up to 128K output tokens"
            return "other"  # how much one answer may hold, not what it may read
        if re.search(r"<q>(?:[- ]?tokens?)?\s+(?:input\s+|prompt\s+)?limit\b|\b(?:input\s+|prompt\s+)?tokens?\s+limit\s+(?:of|is)\s+<q>|"
                     r"\b(?:input|prompt)\s+tokens?\s+(?:is|are)\s+(?:limited|capped)\s+(?:to|at)\s+<q>", tight) and not re.search(
                         r"\b(?:per|a|each|every)\s+(?:second|minute|min|hour|day|week|month)\b|\brate limit|\b(?:daily|hourly|monthly)\b|"
                         r"\bfree\b|\btiers?\b|\bplans?\b|\bquotas?\b", window):
            return "context_length"  # "the 4,096 token limit", "the number of input tokens is limited to 6,000"
        if cand.period is None and re.search(r"\b(?:inputs?|prompts?|documents?|sequences?)\s+(?:of\s+)?(?:up\s+to|as\s+long\s+as|at\s+most)"
                                             r"\s+<q>", tight):
            return "context_length"  # "handles inputs of up to 8,192 tokens": the longest input, not tokens processed
        if re.search(r"<q>(?:\s+tokens?)?\s+of\s+input\s+length\b|\ban\s+input\s+length\s+of\s+(?:up to\s+)?<q>", tight):
            return "context_length"  # "handles up to 32k tokens of input length"
        if re.search(r"\b(?:corpus|corpora|dataset|data)\s+(?:of|with|containing|comprising|totall?ing)\s+(?:about\s+|approximately\s+|"
                     r"around\s+|roughly\s+|over\s+|more than\s+|nearly\s+|some\s+|~)?<q>", tight) and not at_length and cand.period is None and not re.search(
                         r"\bper (?:day|week|month|year)|\b(?:daily|weekly|monthly|every)\b", window):
            # "pre-trained on a corpus of approximately 102 billion tokens, with a context length of 8192": the corpus's
            # size, whatever length is named beside it
            return "other" if _TRAINING_WORD_RE.search(sentence) is None else "training_tokens"
        if re.search(r"\bcontext(?:[ -]window)?(?:\s+(?:length|size))?\s+(?:of|is|:)\s*(?:up to\s+|about\s+|around\s+)?<q>|"
                     r"<q>\s+(?:seq(?:uence)?|context)[ _-]?len(?:gth)?\b|<q>-(?:length|context)\b|\bsupports?\s+up\s+to\s+<q>", tight):
            return "context_length"  # "a context window length of 32K, and is trained on 3.5T tokens", "train with 32768 seq len",
            # "8192 token-length", "the instructed variant supports up to 256K tokens"
        if cand.period is None and not at_length and (re.search(r"<q>\s+(?:\w+\s+)?(?:at once|at a time|in a single (?:request|prompt|pass))", tight)
                                    or re.search(r"\bcontext\b|\btoken threshold\b", window) and not re.search(
                                        r"\bper (?:day|week|month|year)|\b(?:daily|weekly|monthly)\b|\bserv|"
                                        r"\btrain\w*\s+(?:on|with|for)\b|\bpre-?train", window)):
            return "context_length"  # "processing 8,000 tokens at a time", "long-context processing of up to 32K tokens"
        if re.search(r"\b(?:test|eval(?:uation)?|validation|held-?out)\s+(?:data ?set|set|split|corpus|data)\b(?:(?!\btrain)[^.;<]){0,40}<q>",
                     marked_near) and not re.search(r"\b(?:pre-?)?train(?:ed|ing)?\s+(?:on|with)\b|\bduring\s+(?:its\s+|the\s+)?(?:pre-?)?training\b|"
                                                    r"\b(?:saw|seen)\b", sentence):
            return "other"  # "a test dataset comprising 250 million tokens": text to evaluate on, not to train on
        token_rules = [r for r in _TOKEN_RULES if not (at_length and r[1] == "context_length")]
        # a dataset's size where nothing is said of training on it ("an open dataset with one trillion text tokens")
        # is the data's size, not what a model was trained on
        untrained = _TRAINING_WORD_RE.search(sentence) is None
        for zone in (tight, marked_near):
            found = _closest(token_rules, zone)
            if found:
                return "other" if found == "training_tokens" and untrained else found
        for pattern, metric in token_rules:  # else any cue in the figure's clause, in this order
            if pattern.search(window):
                return "other" if metric == "training_tokens" and untrained else metric
        return "training_tokens" if at_length else _UNPLACED
    if unit == "parameters":
        if re.search(r"<q>(?:\s*(?:,|and|or)\s*(?:and\s+)?~?[\d.]+\s?[bmtBMT])+\s+(?:activated|active)\b", _around(near, q.surface)):
            return "active_parameters"  # "with 1.0B, 2.8B and 4.5B activated parameters respectively"
        marked = _around(near, q.surface)
        if re.search(r"<q>\s+(?:out\s+)?of\s+(?:the\s+|its\s+|a\s+)?(?:total\s+(?:of\s+)?)?~?[\d.]+\s?[bmt]?\s+(?:total\s+)?"
                     r"param(?:eter)?s\s+(?:are\s+|is\s+|being\s+|get\s+)?(?:activ\w*|used)\b", marked):
            return "active_parameters"  # "only 3.6B of 21B parameters are active per token": the part that runs
        if re.search(r"\b(?:of|out of)\s+(?:the|its|a|all|[\w.-]+['’]s)?\s*(?:total\s+(?:of\s+)?)?<q>", marked):
            return "parameters"  # "only 12 billion of the 52 billion parameters are active": the whole
        if _ACTIVE_NEAR_RE.search(marked) or re.search(r"\bper (?:input |each )?token$", q.surface.lower()):
            return "active_parameters"  # "only uses 12.9 billion parameters per token": the figure's own rate
        return "parameters"
    if unit == "count" and q.unit == "count" and re.search(r"(?:thousand|million|billion|trillion|\d[BMT])$", q.surface) and (
        re.search(r"\bparam(?:eter)?s?\b", sentence)
        # "6 model sizes: 0.5B, 1.8B, 4B", "ranging from 1B to 33B versions": a bare 7B in model talk is a size
        or re.search(r"\d[BMT]$", q.surface) and _MODEL_SIZE_TALK_RE.search(sentence)
    ) and not re.search(r"\b(?:tokens|users|downloads|images|books|pairs)\b", near) and not re.search(
            r"<q>[\s-]+(?:tokens?\s+)?context\b", _around(near, q.surface)) and not re.search(  # "1M Context window" is a length
            # "1.4M data for training", "5M instruction data", "1M training steps": a count of examples or steps, not a size
            r"<q>\s+(?:[\w-]+\s+){0,3}?(?:data|samples|examples|steps|conversations|instructions|dialogues|documents|pairs|"
            r"videos|hours|questions|problems|prompts|rows|files)\b", _around(near, q.surface)):
        listed_active = re.search(r"<q>(?:\s*(?:,|and|or)\s*(?:and\s+)?~?[\d.]+\s?[bmtBMT])+\s+(?:activated|active)\b",
                                  _around(near, q.surface))
        marked = _around(near, q.surface)
        # "255 billion, with an actual number of activated parameters being 36 billion": the active word
        # belongs to the figure it sits against, not to every figure in the clause
        # "only 3.6B of 21B parameters are active": the part
        partitive = re.match(r"\s+(?:out\s+)?of\s+(?:the|its|a|all|[\w.-]+['’]s|~?[\d.]+\s?[bmt])(?!\w)", marked.partition("<q>")[2],
                             re.IGNORECASE) and _ACTIVE_RE.search(window)
        own_active = partitive or _ACTIVE_NEAR_RE.search(marked) or re.search(
            r"\b(?:activ\w*|fraction)\b[^\d<]{0,40}<q>|<q>[^\d<]{0,40}\b(?:any given|at a time|per token)\b", marked)
        return "active_parameters" if listed_active or own_active else "parameters"
    if unit == "FLOP":
        return "training_compute"
    if q.unit == "frames/s":
        if re.search(r"\b(?:videos?|clips?|footage)\s+(?:[\w-]+\s+){0,6}?at\s+(?:up to\s+)?<q>", marked_near) or not re.search(
                r"\b(?:models?|inference|generat\w*|detect\w*|track\w*|simulat\w*|robot\w*|speed|throughput|real[- ]?time|process\w*|"
                r"fastest|gpus?|m?ap|miou|mota|achiev\w*)\b", sentence) or re.search(r"\bgam(?:e|es|ing)\b|\btitles\b", sentence):
            return "other"  # "videos up to 6 seconds at 15 FPS", a game "at a solid 60fps": the frame rate of what is shown
        return "throughput"  # "runs at 52 FPS" of a detector, "over 80,000 frames per second of ResNet-50 throughput"
    if unit == "FLOP/s":
        if re.search(r"(?<!per-gpu )(?<!per gpu )(?<!peak )\bthroughput\s+(?:of\s+)?(?:over\s+|about\s+|up to\s+)?<q>", marked_near) \
                and not re.search(r"\b(?:each|per|a single)\s+chip\b", sentence):
            return "throughput"  # "a training throughput of over 180 TFLOPS": a training system's rate
        return "chip_performance"
    if unit == "GPU-hours":
        return "gpu_hours"
    if unit == "accelerators":
        return "accelerator_count"
    if unit == "W":
        return "power"
    if unit == "Wh":
        return "energy"
    if unit == "users":
        if re.search(r"\b(?:growth|gain|increase|jump|rise)\s+of\s+(?:about\s+|around\s+|nearly\s+|over\s+|more than\s+|roughly\s+)?<q>|"
                     r"\bgain(?:ing|ed|s)?\s+(?:about\s+|around\s+|nearly\s+|over\s+|more than\s+|roughly\s+)?<q>", marked_near):
            return "growth"  # "a gain of 100 million users since October": the change, not the user base
        return "users"
    if unit == "downloads":
        return "downloads"
    if unit == "tokens/s":
        return "throughput"
    if unit == "seconds":
        if re.search(r"<q>\s+of\s+(?:\w+\s+){0,2}?(?:audio|video|speech|footage|music|clips?|recordings?|spoken text)\b"
                     r"(?!\s+(?:generation|processing)\b)|\b(?:videos?|clips?|segments?|audio|music|footage)\s+(?:\w+\s+){0,3}?"
                     r"(?:of\s+|over\s+|up to\s+|lasting\s+|longer than\s+)(?:up to\s+)?<q>", marked_near):
            return "other"  # "95 seconds of stereo audio", "videos up to 6 seconds": the length of what is made
        if re.search(r"\b(?:load(?:ing)?|installation|install|set-?up|download(?:ing)?|boot(?:ing)?|start-?up)\s+(?:\w+\s+){0,2}?"
                     r"(?:times?|takes?|took|taking)\b|\bto\s+(?:load|install|download|boot)\s+(?:the\s+)?(?:model|weights|checkpoint|it)\b",
                     near) and not re.search(r"\bttft\b|\btime[ -]to[ -]first|\blatenc", near):
            return "other"  # "the model load time from 3.5 minutes down to 8 seconds", "installation takes 5-10 minutes": set-up, not a response
        if q.value < 60 and re.search(r"<q>\s*(?:/\s*|per\s+|an?\s+|each\s+)(?:iterations?|iter|it|steps?|batch|frames?|images?|"
                                    r"samples?|queries|query|requests?|tokens?|pages?)\b", marked_near):
            return "latency"  # "about 1.35 seconds per iteration", "2.5 seconds/frame": the time one item takes
        in_ms = re.search(r"\d\s*(?:ms|milli-?seconds?)\b", q.surface.lower()) is not None
        if (q.value < 10 and in_ms and not re.search(r"\b(?:buffer\w*|window|clips?|chunks?|frames?|audio|segments?)\b", near)) or (
                q.value < 3600 and re.search(r"\bp\d{2}\b|\bmedian\b|\bttf[a-z]\b|\bpercentile", near)):
            return "latency"  # "80ms inference", "P99: 420ms", "median TTFR dropped to around 1.9 seconds"
        if q.value < 60 and (re.search(r"<q>\s+(?:delay|lag)\b", marked_near) and _AI_WORDS_RE.search(sentence) or re.search(
                r"\b(?:delay|lag)\s+(?:\w+\s+){0,2}?(?:was|is|of)\s+(?:about\s+|around\s+|roughly\s+|only\s+|just\s+)?<q>", marked_near)):
            return "latency"  # "a 0.5 second delay" of a streaming model, "the average delay was about 2.2 seconds"
        if q.value < 3600 and (_LATENCY_RE.search(near) or re.search(r"\btime[ -]to[ -]first|\bttft\b|\blatenc", window) or (
                re.search(r"\b(?:took|takes?|taking)\b", window) and _AI_WORDS_RE.search(sentence))):
            return "latency"  # "Cerebras Inference took about three seconds"
        if q.value < 3600 and (re.search(r"\btime[ -]to[ -]first[ -](?:token|byte|audio|frame)|\bttft\b", sentence) or re.search(
                r"<q>\s+to\s+(?:process|generate|render|produce|transcribe|respond|answer)\b", marked_near)):
            return "latency"  # "cut the time to first token ... from 4.9 minutes to 68 seconds", "70ms to process"
        if q.value < 3600 and re.search(r"\b(?:inference|iteration|step|decoding|generation|processing|response|render\w*)\s+"
                                        r"(?:times?|speeds?|latency)\b|\beach (?:step|iteration)\b|<q>\s*/\s*(?:iter|it|step)\b|"
                                        r"\b(?:to be|being) (?:processed|generated|rendered)\b", near):
            return "latency"  # "inference time reduced to 3 mins", "~75ms inference speeds", "250ms / iter"
        if q.value < 600 and (re.search(r"\bcold[- ]starts?\b", near) or re.search(
                r"\b(?:render\w*|transcrib\w*|convert\w*|respond\w*|answer\w*|generat\w*|serv(?:e|ed|es|ing))\b[^;<]{0,100}?\b(?:in|within)\s+(?:less than\s+|"
                r"under\s+|about\s+|around\s+|just\s+|only\s+|roughly\s+)?<q>", _around(sentence, q.surface))):
            return "latency"  # "render 95 seconds of audio in less than one second", "cold starts from 118 seconds to 12"
        return "other"
    if unit == "other" and q.unit.split("/")[0] == "times":
        if re.search(r"<q>\s+(?:(?:forward\s+)?(?:revenue|arr|sales|earnings|ebitda)\s+)?multiples?\b(?!-)|\bmultiples?\s+of\s+<q>", marked_near):
            return "other"  # "at a 50x revenue multiple": how a price compares with revenue, not growth
        if re.search(r"\b(?:latenc\w*|ttft|tpot|time[ -]to[ -]first[ -]token)\b[^.;<]{0,40}?\bby\s+(?:up to\s+|over\s+|about\s+|around\s+|"
                     r"nearly\s+|more than\s+)?<q>|<q>\s+(?:lower|shorter|less|reduction in)\s+(?:[\w-]+\s+)?(?:latency|ttft|tpot)\b",
                     marked_near):
            return "latency"  # "reduce the inference latency of OPT-175B by over 2x", "4.4x lower TTFT"
        if re.search(r"\b(?:fp4|fp6|fp8|fp16|bf16|int8|int4|per-cu|per cu)\s+(?:[\w-]+\s+)?throughput\b|\bthroughput\s+(?:in|at)\s+"
                     r"(?:fp4|fp6|fp8|fp16|bf16|int8|int4)\b", near) and _chip_talk(sentence) and not re.search(
                r"\bvllm\b|\bserving\b|\bquantiz\w*|\bengine\b|\bkernels?\b", sentence):
            return "chip_performance"  # "2x the FP8 throughput of MI300X": a chip's rate of math
        if (_MULTIPLE_OF_COST_OR_SIZE_RE.search(marked_near) and not re.fullmatch(r"(?:doubl|tripl|quadrupl)\w*", q.surface.lower())) or (
                re.search(r"<q>\s+more\s+(?:[\w-]+\s+)?efficient\b", marked_near) and not _chip_talk(sentence)):
            return "other"  # "cuts memory usage by 3.5x", "3x cheaper GPUs", "a 150-1000x reduction" in cost: not speed
        if (_THROUGHPUT_WORDS_RE.search(near) or _QPS_RE.search(tight) or re.search(r"<q>\s+(?:\w+\s+)?speed-?ups?\b", tight) and not
                _chip_talk(sentence)) and not re.search(r"<q>\s+(?:smaller|larger|bigger)\b", marked_near):
            return "throughput"  # "boosts generation throughput to 5.76 times", "969 tokens per second, 75 times faster"
        if re.search(r"<q>\s+(?:more|fewer|less)\s+(?:training\s+)?flops?\s+per\s+(?:token|query|step|sample|image)\b", marked_near):
            return "other"  # "2.3x fewer FLOPs per token": the cost of one step, not a training run's compute
        if re.search(r"<q>\s+(?:more\s+|less\s+|fewer\s+|lower\s+)?(?:training\s+)?(?:compute|flops?)\b(?!\s+(?:performance|capacity|"
                     r"throughput|per)\b)", marked_near):
            return "training_compute"  # "trained with 4x more compute", "roughly 3x fewer FLOPs"
        if re.search(r"<q>\s+(?:more\s+|less\s+|lower\s+|higher\s+)?(?:electricity|energy)\b", marked_near):
            return "energy"  # "ten times more electricity than a search"
        if re.search(r"<q>\s+(?:more\s+|less\s+)?(?:the\s+)?power\b", marked_near):
            return "power"  # "up to ten times the power"
        if _model_size_change(marked_near, sentence):
            return "parameters"  # "Falcon 180B is 2.5 times larger than Llama 2"
        if re.search(r"<q>\s+faster\b", marked_near) and not _CHIP_WORDS_RE.search(sentence) \
                and not _CHIP_TALK_RE.search(sentence) and not _NAMED_CHIP_RE.search(sentence) and _AI_MODEL_TALK_RE.search(sentence):
            return "throughput"  # "Gemini Flash is now 12 times faster than before": a model's speed
        if re.search(r"<q>\s+(?:\w+\s+){0,2}?(?:faster|quicker|speedier|speed-?ups?)\b|\bspeed-?up (?:of )?(?:up to |about |"
                     r"roughly |nearly |over )?<q>", marked_near):
            before = marked_near.partition("<q>")[0]
            chip = [m for m in (_CHIP_WORDS_RE.search(before), _CHIP_NAME_RE.search(before)) if m]
            on_chips = re.search(r"\b(?:on|across|with|using|per|than|for)\s+(?:\w+\s+){0,3}?$", before[: min(m.start() for m in chip)]) \
                if chip else None
            # "the new GPU is up to 30 times speedier", "Rubin ... 5x faster on inference": a chip's speed;
            # "2x speed-up on GPU", "a 42.55x speedup across AI accelerators": a model's or a system's
            named = any(not re.search(r"\b(?:on|across|using|with|per)\s+(?:(?:the|a|an|\d+x?|nvidia|amd|single|one|two|four|eight|"
                                      r"\d+\s?gb|laptop)\s+){0,3}$", sentence[max(0, m.start() - 30) : m.start()])
                        for m in _NAMED_CHIP_RE.finditer(sentence))
            if _OVER_SOFTWARE_RE.search(marked_near):
                return "throughput"  # "a 2.7x speedup over Triton implementations": software against software
            return "chip_performance" if named or chip and not on_chips else "throughput"
        if _GREW_BY_RE.search(marked_near) and not _SPEED_GREW_RE.search(marked_near) and not _NAMED_CHIP_RE.search(sentence):
            return "growth"  # "compute grew by roughly 5,000x over the period": how much more there is, not a chip's speed
        if _multiplying_verb(q.surface, marked_near) and not _chip_talk(sentence) and not _NAMED_CHIP_RE.search(sentence) \
                and not re.search(r"\b(?:faster|speed\w*|throughput)\b", near):
            return "growth"  # "training compute has been doubling every 6 months": how fast it grows, not a chip's speed
        if _CHIP_PERF_RE.search(near):
            # "4.4x more compute performance than Trainium2": a chip's; "1.54x performance improvements over
            # ZeRO-3", "a 2.1-fold improvement in processing speed": software running faster is throughput
            return "chip_performance" if (_chip_talk(sentence) and not _OVER_SOFTWARE_RE.search(marked_near)) or not re.search(
                r"\bperformance\b|\bspeed\w*|\bthroughput\b|\bfaster\b", near) else "throughput"
        if re.search(r"\bpremium\b|\bmark-?up\b|\bmultiplier\b|\bthe (?:volume|size|weight|length|height|width|area) of\b", near):
            return "other"
        compared = re.search(r"<q>\s+(?:more|fewer)\s+(?:\w+\s+)?(tokens?|data|parameters|users|downloads|revenue)\b", tight)
        if compared:  # "processes 16 times more tokens than", "20x more tokens than model parameters"
            noun = compared.group(1)
            if noun in ("tokens", "token", "data"):
                return "tokens_processed" if _PROCESSED_RE.search(window) else (
                    "training_tokens" if _TRAINING_RE.search(window) else "other")
            return {"parameters": "parameters", "users": "users", "downloads": "downloads", "revenue": "revenue"}[noun]
        after_q = marked_near.partition("<q>")[2][:60]
        if re.fullmatch(r"(?:doubl|tripl|quadrupl)(?:e|ed|es|ing)", q.surface.lower()) and (
                not re.match(r"\s+(?:the|their|its|his|her|our|that|what|a|an)\b", after_q)
                or re.search(r"\bto\s+(?:about\s+|around\s+|nearly\s+)?[$€£¥]?\d|\b(?:earlier|ago|last|since|from (?:\w+ )?(?:19|20)?\d*|from (?:january|february|march|april|may|"
                             r"june|july|august|september|october|november|december)|a year)\b", after_q)):
            return "growth"  # "set to more than double by 2030", "almost double six months earlier"; not "double their bill"
        if re.search(r"<q>\s+(?:[\w-]+\s+){0,5}?(?:than|compared (?:to|with)|versus|vs\.?)\s+"
                     r"(?!(?:the |a |an |its |their )?(?:same|previous|prior|year|last|quarter|month|week|day|period|"
                     r"before|ago|a year|\d))", marked_near):
            return "other"  # "roughly 60x more expensive than GPT-3.5-turbo's": one thing against another
        if _MULT_GROWTH_RE.search(near) or re.search(r"<q>\s+(?:(?:the|its|their)\s+)?(?:19|20)\d\d\s+levels?\b|<q>\s+as\s+(?:many|much)\s+as\s+"
                                                     r"(?:in\s+)?(?:19|20)\d\d\b", marked_near):
            return "growth"  # "ten times the 2022 level", "twice as many as in 2019": a change since that year
        return _UNPLACED
    if unit == "other" and "/" in q.unit and q.unit.split("/")[1] in ("s", "second") and re.match(
        r"(?:words?|tokens?|requests?|queries|images?|characters?|tok)$", q.unit.split("/")[0]
    ):
        return "throughput"
    if unit == "other" and q.unit.startswith("bytes/"):
        # "an aggregate read throughput of 6.6 TiB/s"; a chip's memory bandwidth ("8 TB/s of HBM3E bandwidth")
        # is a spec of the hardware, which annotators mostly leave as other
        return "throughput" if re.search(r"\bthroughput\b", near) else "other"
    if unit == "other" and _CONTEXT_RE.search(window) and q.unit != "bytes":
        return "context_length"  # but "170Gb data" beside "1024 context length" is the data's size
    if unit == "count" and re.search(r"<q>\s+contexts\b", marked_near):
        return "context_length"  # "making 1M contexts available": contexts of that length
    if unit == "count" and _CONTEXT_RE.search(near) and not re.match(r"\s+(?:[a-z-]+\s+){0,2}?(?!tokens?\b|characters\b|words\b|pages\b|contexts\b)[a-z]+s\b",
                                                                       marked_near.partition("<q>")[2]):
        return "context_length"  # "an 8K context", but not "128 experts" or "10 key languages" beside one
    marked = _around(near, q.surface)
    if unit == "count" and re.search(r"<q>[- ]cards?\b(?=[\s,]+(?:[\w-]+\s+){0,3}?(?:clusters?|computing|inference|training|servers?|"
                                     r"machines?|nodes?|systems?|setups?|configurations?|deployments?|pools?)\b)|"
                                     r"\b(?:up to|uses?|using|needs?|requires?|on)\s+<q>\s+(?:gpu\s+|graphics\s+)?cards\b", marked_near):
        return "accelerator_count"  # "a 10,000-card computing cluster", "4-card V100 systems", "up to two cards"
    if unit == "count":
        if _USERS_RE.search(q.unit) and not re.search(r"<q>\s+user[\s-]+[a-z]+s\b", marked) \
                or re.search(r"<q>\W*(?:\w+\W+)?(?:(?:monthly|weekly|daily) active|users|subscribers)\b", marked) \
                or q.value >= 1e5 and re.search(r"<q>\s+(?:unique|monthly)\s+visitors\b", marked) \
                or q.value >= 1e5 and re.search(r"<q>[^\w;.]*(?:[\w-]+[^\w;.]+){0,3}?(?:maus?|daus?|waus?)\b", marked) \
                or q.value >= 1e5 and re.search(r"\b(?:maus?|daus?|waus?|(?:monthly|weekly|daily) active users)\b(?:\s+(?!and\b|while\b|but\b)"
                                                r"[\w-]+){0,6}?\s+(?:to|of|at|hit|reached|reaching|topped|passed|surpassed|exceeded|"
                                                r"crossed)\s+(?:about\s+|around\s+|nearly\s+|over\s+|more than\s+|roughly\s+|some\s+)?<q>",
                                                marked) \
                or re.search(r"<q>\s+(?:people|persons|consumers|developers)\s+(?:now\s+)?(?:use|used|using)\b", marked) \
                or re.search(r"<q>\s+(?:(?:monthly|weekly|daily)\s+)?actives\b", marked) \
                or q.value >= 1e4 and re.search(r"\bused\s+by\s+(?:about\s+|around\s+|nearly\s+|over\s+|more than\s+|roughly\s+|some\s+)?<q>\s+"
                                                r"(?:people|users|consumers|developers|adults|individuals)\b", marked) \
                or q.value >= 1e4 and re.search(r"<q>\s+developers\s+(?:(?:have|had|are|were|now|already)\s+){0,2}(?:signed up|registered|"
                                                r"joined|built|build|building|developed|developing)\b", marked) \
                or q.value >= 1e5 and re.search(r"<q>\s+(?:people|persons|consumers|developers|adults|individuals|americans|"
                                                r"europeans|britons|indians|brazilians|germans|canadians|australians|japanese)\s+"
                                                r"(?:in\s+(?:the\s+)?[a-z][\w.]*\s+)?(?:(?:worldwide|globally|now|already|have|had|are|were|"
                                                r"will|be|been|regularly|actively)\s+){0,3}(?:use|used|using|tried|engaged\s+(?:on|with))\b", marked) \
                or re.search(r"<q>(?:-seat\b|\s+(?:[\w-]+\s+){0,3}?seats\b)", marked) \
                or re.search(r"<q>\s+(?:paying|paid)\s+(?:[\w-]+\s+){0,2}?(?:developers|customers|members|users|subscribers)\b", marked):
            return "users"  # "20M+ paid Copilot seats", "a 740,000-seat deal": seats are users; "500,000 paying developers"
        if re.search(r"\b(?:been|was|were|being)\s+installed\s+(?:about\s+|around\s+|nearly\s+|over\s+|more than\s+|roughly\s+)?<q>(?!\s+(?:devices|machines|servers|gpus|units|homes|sites)\b)|<q>\s+(?:app\s+)?installs\b", marked):
            return "downloads"  # "installed over 50 million times"
        if _DOWNLOAD_RE.search(near) and not (q.unit.endswith("s") and q.unit not in ("installs", "downloads", "pulls", "times")
                                               and re.match(r"\W*[a-z]", q.unit)) and not re.match(
                r"\s+(?:[a-z-]+\s+)?(?!downloads|installs|times|pulls)(?:models|apps|repositories|repos|fine-tunes|variants|derivatives|datasets|"
                r"developers|customers|companies|organizations|users)\b", marked.partition("<q>")[2]):
            return "downloads"  # but "10+ contributors" beside "50k downloads" counts people
        if re.fullmatch(r"units?|cards?|boards?", q.unit) and _CHIP_NAME_RE.search(near):
            return "accelerator_count"  # "H200 orders reached 2 million units": the chips counted
        if q.unit == "count" and q.value >= 1e11 and re.search(r"\b(?:process(?:es|ed|ing)?|serv(?:es|ed|ing)|handl(?:es|ed|ing))\s+"
                                                              r"(?:(?:about|around|roughly|nearly|over|more than|some)\s+)?<q>\s+"
                                                              r"(?:a|per|each|every)\s+(?:day|week|month)\b", marked_near):
            return "tokens_processed"  # "OpenRouter now processes 5 trillion a week": no other thing is counted in trillions a week
    return _UNPLACED


def _final_unit(cand: _Candidate, metric: str) -> str:
    if cand.unit == "count" and metric in ("parameters", "active_parameters"):
        return "parameters"
    if cand.unit == "count" and metric == "users":
        return "users"
    if cand.unit == "count" and metric == "downloads":
        return "downloads"
    if metric == "accelerator_count" and (cand.unit == "count" or cand.quantity.unit == "times"):
        return "accelerators"  # "the backlog hit 3.6 million units", "a node of 8x H100": chips counted
    if cand.unit == "count" and metric in ("training_tokens", "tokens_processed") and cand.quantity.unit == "count":
        return "tokens"  # "trained on 3.2 trillion of multilingual data": the figure counts tokens
    if cand.unit == "count" and metric == "context_length":
        counted = cand.quantity.unit
        # "a 16K window size"; but "200,000 characters" is not a token count
        return "other" if re.match(r"(?:chinese |english )?(?:characters?|words?|pages?|lines?)$", counted) else "tokens"
    return cand.unit


def _price_factor(sentence: str) -> float:
    """Prices are per million tokens: 'per 1,000 tokens' is multiplied by 1,000."""
    m = _PRICE_RE.search(sentence)
    if not m:
        return 1.0
    if re.search(r"/\s*m(?:tok)?\b|/\s*1m\b|per (?:1 ?)?m(?:illion)?\b", sentence):
        return 1.0  # "$2.50/M input": already per million
    scale = (m.group("scale") or "").lower() if m.groupdict().get("scale") else ""
    if scale in ("thousand", "1,000", "1000", "1k", "k"):
        return 1000.0
    if scale in ("10,000", "10000", "10k", "ten thousand"):
        return 100.0  # "0.004 yuan per 10,000 tokens", as Chinese price lists quote
    if scale in ("100,000", "100000", "100k"):
        return 10.0
    if "token" in m.group(0) and not scale:
        return 1e6
    return 1.0


# between a figure and a bare one given for a rival: "..., ahead of DeepSeek's ", "..., nearly double Corvid's "
_RIVAL_FIGURE_RE = re.compile(
    r"[^.;<]{0,50}?\b(?:ahead of|behind|than|versus|vs\.?|compared (?:with|to)|against|double|twice|triple|half|trailing|"
    r"followed by|up from|down from)\s+(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}['’]s?\s+|(?:that|those) of\s+[A-Z][\w.&-]*"
    r"(?:\s+[A-Z][\w.&-]*){0,3}\s*,?\s*)?(?:about\s+|around\s+|nearly\s+|roughly\s+|just\s+|only\s+|some\s+)?")
# between a share and a rival's: "..., ahead of Gemini at ", " and DeepSeek at ", ", while OpenAI's fell to ", ", Microsoft Azure "
_RIVAL_SHARE_RE = re.compile(
    r"[^.;<%]{0,90}?(?:,|\band\b|\bwhile\b|\bwhereas\b|\bahead of\b|\bbehind\b|\bversus\b|\bvs\.?|\bcompared (?:with|to)\b|"
    r"\bfollowed by\b|\btrailing\b)\s+(?:[A-Z][\w.&-]*(?:\s+[A-Z0-9][\w.&-]*){0,3}(?:['’]s?)?\s+)"
    r"(?:(?:[a-z]+\s+){0,2}?(?:at|to|with|on|of)\s+)?(?:about\s+|around\s+|nearly\s+|roughly\s+|just\s+|only\s+|some\s+)?")
_VARIANT_RE = re.compile(
    r"\b(?:the|this|that|its|their|our|his|her)\s+(?:\w+\s+)?$"
)
_VARIANT_NOUN_RE = re.compile(r"^[\s-]*(?:\w+[\s-]+)?(?:models?|variants?|versions?|tiers?|options?|editions?|configurations?|sku)\b", re.IGNORECASE)


_HUNDRED_PERCENT_RE = re.compile(r"^(?:100|a hundred|one hundred) percent$", re.IGNORECASE)
_MEASURED_BEFORE_RE = re.compile(
    r"\b(?:by|at|of|reach\w*|hit|hits|to|rose|grew|jump\w*|increas\w*|climb\w*|up|down|fell|surg\w*|soar\w*|doubl\w*|"
    r"nearly|almost|about|around|over|than)\s*$",
    re.IGNORECASE,
)
_MILLION_TIMES_RE = re.compile(r"^(?:a|one) (?:million|billion|thousand|hundred) times$", re.IGNORECASE)


def _figure_of_speech(text: str, q: Quantity) -> bool:
    """'without 100 percent certainty', 'a hundred percent about intent', 'a million times over': emphasis, no figure."""
    after = text[q.end : q.end + 20]
    before = text[max(0, q.start - 20) : q.start]
    if _HUNDRED_PERCENT_RE.match(q.surface):
        opposed = re.search(r"\bopposed to\s*$", before, re.IGNORECASE)
        return not re.match(r"\s*(?:of|in|on|from|more|less|higher|lower|increase|growth|rise|jump)\b|\s*[.,;:)]", after) and (
            opposed is not None or not _MEASURED_BEFORE_RE.search(before)
        )
    return bool(_MILLION_TIMES_RE.match(q.surface) and re.match(r"\s+over\b", after))


_CAPACITY_RE = re.compile(
    r"\b(?:can|could|able to|capable of)\s+(?:\w+\s+){0,2}?(?:process\w*|handl\w*|read\w*|ingest\w*|accept\w*|support\w*)\b"
    r"[^.;<]{0,30}<q>|<q>[^.;<]{0,30}\bin (?:one|a single) (?:prompt|request|pass|go|query)\b"
)
_SIZE_CLASS_RE = re.compile(
    r"\b(?:among|against|than|versus|vs\.?|other|similar(?:ly)?[- ]sized|comparable|peer|competing)\s+"
    r"(?:open[- ]source\s+|open[- ]weights?\s+|other\s+|similar\s+)?$"
)


def _size_class(text: str, cand: _Candidate) -> bool:
    """'state-of-the-art among 7B models', 'against other 7B models': a class compared with, not a size claimed."""
    q = cand.quantity
    return cand.unit == "parameters" and re.match(r"\s*(?:-?parameter\s+|-?param\s+)?(?:\w+\s+)?models?\b", text[q.end : q.end + 30]) \
        is not None and _SIZE_CLASS_RE.search(text[max(0, q.start - 40) : q.start].lower()) is not None


def _process_node(text: str, q: Quantity) -> bool:
    """'a custom 4-nanometer TSMC process', 'on the 3nm node': a manufacturing generation's name, not a size."""
    return q.unit == "m" and q.value < 1e-7 and re.search(
        r"\b(?:process|node|technology|fab|foundry|lithography|tsmc|samsung|intel)\b",
        text[max(0, q.start - 30) : q.end + 40], re.IGNORECASE) is not None


_ASSERTED_SIZE_RE = re.compile(
    r"\b(?:our|a|an)\s+(?:(?:base|chat|instruct|small|smaller|large|larger|new|own|first|latest|open|final)\s+)?$", re.IGNORECASE)


def _in_name(doc: Doc, span: Span, text: str, q: Quantity) -> bool:
    """'Llama 3.1 405B', "Llama 3.2's 1B", 'the 405B model', 'its 512GB model': sizes that name a variant."""
    if q.unit.split("/")[0] in _MONEY_UNITS or q.surface[:1] in "$€£¥":
        return False  # "OpenAI's $6.6bn round": a sum of money never names a variant
    if re.search(r"param", text[q.start : q.end + 12], re.IGNORECASE):
        return False  # "this 405 billion parameter model" states the size
    if _ASSERTED_SIZE_RE.search(text[max(0, q.start - 16) : q.start]) and _BARE_B_RE.search(q.surface):
        return False  # "our 7B model", "our chat 7B model", "a 7B LLaMA model": the sentence asserts the size
    if _VARIANT_RE.search(text[max(0, q.start - 20) : q.start].lower()) and _VARIANT_NOUN_RE.match(text[q.end : q.end + 30]):
        return True
    if not _BARE_B_RE.search(q.surface) or re.search(r"param", text[q.start : q.end + 12], re.IGNORECASE):
        return False
    first = span[0]
    while first.i >= 2 and doc[first.i - 1].text in (",", "and", "or", "&") and (
        _BARE_B_RE.search(doc[first.i - 2].text) or doc[first.i - 2].like_num
    ):
        first = doc[first.i - 2]  # "Llama 3.2's 1B and 3B models": the whole list is a name
        if first.i >= 1 and doc[first.i - 1].like_num:
            first = doc[first.i - 1]
    if first.i != span[0].i and _ASSERTED_SIZE_RE.search(text[max(0, first.idx - 16) : first.idx]):
        return False  # "our 32B and 7B models": each size of the list is asserted, as the first is
    prev = doc[first.i - 1] if first.i > 0 else None
    if prev is None:
        return False
    if prev.ent_type_ in ("AI_MODEL",) or (prev.like_num and prev.i > 0 and doc[prev.i - 1].ent_type_ == "AI_MODEL"):
        return True
    if prev.text in ("'s", "’s") or prev.text.endswith(("'s", "’s")):
        return True
    if (prev.tag_ in ("NNP", "NNPS") or prev.ent_type_ in ("ORG", "PRODUCT")) and prev.text[:1].isupper() and (
            re.match(r"[A-Z][A-Za-z]*[a-z][A-Za-z]*[A-Z0-9-]|[A-Z][\w.-]*-[A-Za-z]+$", prev.text)
            or prev.i >= 2 and doc[prev.i - 1].text == "-" and doc[prev.i - 2].text[:1].isupper()
            or prev.i >= 1 and re.match(r"[A-Z][A-Za-z]*\d", doc[prev.i - 1].text)):  # "Llama2 Chat 7B"
        return True  # "DeepSeekMath 7B", "DeepSeekMath-Instruct 7B": a model's name the gazetteer lacks
    if prev.text[:1].isupper() and prev.is_alpha and prev.i >= 2 and prev.tag_ not in ("VBZ", "VBD") and (
            doc[prev.i - 1].text in ("-", "‐") and doc[prev.i - 2].text[:1].isupper()
            or doc[prev.i - 1].ent_type_ in ("ORG", "AI_MODEL")):
        return True  # "DeepSeekMath-RL 7B" tagged apart, "DeepSeek LLM 67B": the maker's name and a model word
    if prev.lower_ in ("the", "this", "that", "our", "its", "their", "these", "those"):
        last = span[-1].i + 1
        while last + 1 < len(doc) and doc[last].lower_ in ("and", "or", ",") and _BARE_B_RE.search(doc[last + 1].text):
            last += 2  # "The 2B and 7B models"
        nxt = doc[last] if last < len(doc) else None
        if nxt is not None and nxt.lower_ in ("model", "models", "variant", "variants", "version", "versions", "checkpoint",
                                               "checkpoints", "sizes", "weights", "tiers", "editions"):
            return True  # "The 1.5B and 3B checkpoints share a tokenizer": the sizes name the checkpoints
    return False


# ------------------------------------------------------------------------------------------
# Claims from one parsed text
# ------------------------------------------------------------------------------------------


_TYPE_LABELS = {"org": "ORG", "model": "AI_MODEL", "chip": "CHIP", "country": "GPE", "product": "PRODUCT"}
_NOT_SALIENT_PREPS = {"by", "from", "with", "than", "like", "against", "versus", "vs", "vs.", "including"}


_COMPANY_METRICS = {"funding", "valuation", "revenue", "spending", "market_share"}
# "It has about 600 customers": a company's figure, even right after a sentence about its model
_PEOPLE_RE = re.compile(r"\b(?:customers|clients|employees|people|staff|workers|engineers|headcount)\b")
# Subjects that name a company's figure, not a thing: "Total debt stood at $8 billion" is the company's debt
_METRIC_NOUNS = {
    "revenue", "revenues", "sales", "debt", "loss", "losses", "profit", "profits", "margin", "margins",
    "retention", "valuation", "headcount", "spending", "capex", "expenditure", "earnings", "income",
    "backlog", "bookings", "shares", "stock", "cash", "workforce", "turnover", "cagr",
}
# a company's measure or an abstract one: "Revenue rose 24%" names whose only elsewhere
_MEASURE_NOUNS = _METRIC_NOUNS | _ABSTRACT_NOUNS
_MODEL_ONLY_METRICS = {
    "parameters", "active_parameters", "context_length", "training_tokens", "benchmark_score", "training_compute",
}


def _label_of(name: str, sent: Span, metric: str | None = None) -> str | None:
    """What kind of name a claim's subject is: the gazetteer's type, else what its figure measures, else NER."""
    known = lookup_entity(name)
    if known is not None:
        return _TYPE_LABELS.get(known.type)
    label = next((ent.label_ for ent in _ents_in(sent) if _entity_name(ent) == name), None)
    model_metric = metric in _MODEL_ONLY_METRICS or metric in _MODEL_METRICS and re.search(r"\d", name)
    if model_metric and label in (None, "ORG", "PERSON", "GPE", "NORP", "PRODUCT"):
        return "AI_MODEL" if label is not None or re.match(r"[A-Z0-9]", name) else None
    if metric in _COMPANY_METRICS and label in (None, "PERSON", "GPE", "NORP"):
        return "ORG" if label is not None or re.fullmatch(r"(?:[A-Z][\w.&-]*\s?)+", name) else None
    if label is None and re.fullmatch(r"(?:[A-Z][\w.&-]*\s?)+", name):
        return "ORG"  # a proper name the NER missed
    return label


def _note_sentence(ctx: _Salience, sent: Span, subject: str | None, metric: str | None = None,
                   weight: float = 1.0) -> None:
    """Remember who a sentence is about: its claims' subject, else its grammatical subject, else its first name."""
    for ent in _ents_in(sent):
        if ent.label_ in ("ORG", "PRODUCT") and _is_name(ent) and not _is_side_mention(ent.root):
            ctx.mention(ent)
    for name in _versioned_names(sent, range(0)):  # "Qiantu AI released Hanlin-3": a model to remember
        holder = name.root
        if holder.head == sent.root and holder.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and lookup_entity(
                name.text) is None and not any(e.start <= holder.i < e.end and e.label_ in ("DATE", "MONEY", "PERCENT",
                                                                                        "CARDINAL") for e in _ents_in(sent)):
            ctx.note(name.text, "AI_MODEL", main=False, weight=weight)
    if weight >= 2.0:  # a title names the story's companies and models: remember each by kind
        for ent in _ents_in(sent):
            if ent.label_ in ("ORG", "AI_MODEL", "CHIP", "PRODUCT") and _is_name(ent) and not _is_side_mention(ent.root):
                ctx.note(_entity_name(ent), ent.label_, main=False, weight=weight / 2)
    for ent in _ents_in(sent):
        root = ent.root
        holder = root.head if root.dep_ in ("compound", "poss") else root
        if holder.dep_ in ("nsubj", "nsubjpass") and _is_name(ent) and not _is_side_mention(root):
            ctx.note(_entity_name(ent), ent.label_, main=False, weight=weight)
    if subject:
        label = _label_of(subject, sent, metric)
        if label:
            ctx.note(subject, label, weight=weight)
        return
    if weight < 2.0 and len(sent) <= 6 and not re.search(r"[.!?:;\"”’)]\s*$", _span_text(sent)):
        return  # a heading ("Gaming", "Caveats") names a section, not who the text is about
    subj = _subject_token(sent.root)
    if subj is not None and sent.root.lower_ in _REPORT_VERBS and any(c.dep_ == "ccomp" for c in sent.root.children):
        source = _entity_of(subj)  # "X said ...": the source is remembered, but is not what 'it' refers to next
        if source is not None:
            ctx.note(_entity_name(source), source.label_, main=False, weight=weight)
        return
    main: Span | None = None
    if subj is not None:
        main = _entity_of(subj) or _entity_in([t for t in subj.subtree if t.dep_ in ("compound", "poss", "appos")
                                               or t == subj], range(0))
        if main is None:
            for t in (subj, *[c for c in subj.children if c.dep_ == "poss"]):
                if (_name_like(t) or t.tag_ in ("NNP", "NNPS") and _real_name(t)) and (
                        not t.ent_type_ or t.ent_type_ in _SUBJECT_LABELS):
                    ctx.note(_proper_name(t).text, "ORG", weight=weight)
                    return
    if main is None:
        for cand in _ents_in(sent):
            holder = cand.root.head if cand.root.dep_ in ("compound", "poss") else cand.root
            if cand.label_ in ("ORG", "AI_MODEL") and _is_name(cand) and not _is_side_mention(cand.root) and (
                holder.head == sent.root and holder.dep_ in ("dobj", "attr", "appos", "nsubj", "nsubjpass")
                or weight >= 2.0 and not any(a.lower_ in _NOT_SALIENT_PREPS for a in cand.root.ancestors)
            ):
                main = cand
                break
    if main is not None:
        ctx.note(_entity_name(main), main.label_, weight=weight)
    elif subj is not None and subj.tag_ in ("NN", "NNS") and subj.lower_ not in _GENERIC_SUBJECTS \
            and _descriptor_kind(subj) is None and subj.lower_ not in _METRIC_NOUNS \
            and any(c.lower_ in ("the", "this", "that") for c in subj.children):
        ctx.last, ctx.last_kind = _noun_phrase(subj), None  # "The school will ...": the next 'it' is the school


_REVIEW_TITLE_RE = re.compile(
    r"^(?:(?:19|20)\d\d\s+)?(?P<name>.+?)\s+(?:review(?:ed)?|revealed|first drive|road test|hands[- ]on|tested|unboxed)\b"
    r"|^(?:a\s+)?(?:first look at|review of|hands[- ]on with)\s+(?:the\s+)?(?P<after>.+)",
    re.IGNORECASE,
)
_NAME_WORD_RE = re.compile(r"^(?:[A-Z0-9]|[a-z]{1,2}[A-Z-])[\w.+&-]*$")  # 'MacBook', 'MX-5', 'iPhone', 'e-tron'


def _reviewed_product(title: str) -> str | None:
    """The product a review or first-look title is about: '2024 Nissan Pathfinder Review: ...' -> 'Nissan Pathfinder'."""
    m = _REVIEW_TITLE_RE.match(title.strip())
    if not m:
        return None
    words: list[str] = []
    for word in (m.group("name") or m.group("after") or "").split():
        if not _NAME_WORD_RE.match(word) or len(words) >= 6:
            break
        words.append(word)
    name = " ".join(words).strip(" :,-–")
    return name if name and re.search(r"[A-Za-z]{2}", name) else None


def _about_product(subject: str | None, product: str | None, sentence: str = "") -> str | None:
    """In a review, figures with no named subject ('the price', 'All prices') or its maker's are the product's."""
    if product is None:
        return subject
    if subject is None or subject.split()[-1][:1].islower():
        return product
    if re.search(rf"(?<!\w){re.escape(subject.lower())}(?!\w)", product.lower()) or product.lower() in subject.lower():
        return product  # "Mazda" in a review of the "Mazda MX-5 Miata"; the title's "Miata Review"
    known = lookup_entity(subject)
    if known is not None and known.type == "org" and not re.search(rf"\b{re.escape(subject)}\s+[A-Z0-9]", sentence):
        return product  # "Apple's insistence on 5x zoom" in a review of the iPhone: the maker speaks for it
    return subject


# ------------------------------------------------------------------------------------------
# Options for the learned subject choice (pipeline.subject_model)


@dataclass
class _Named:
    """A name seen in the text before a sentence: how often, whether in the title, how recently."""

    name: str
    label: str
    count: int = 0
    title: bool = False
    last: int = 0


def _sentence_names(sent: Span) -> list[tuple[str, Span, str]]:
    """The names in a sentence: subject-like entities, then runs of proper nouns the NER missed."""
    out: list[tuple[str, Span, str]] = []
    covered: set[int] = set()
    for ent in _ents_in(sent):
        if ent.label_ in _SUBJECT_LABELS and _is_name(ent) and _looks_named(_entity_name(ent)):
            out.append((_entity_name(ent), ent, ent.label_))
        if not (ent.label_ in ("DATE", "TIME", "CARDINAL", "QUANTITY") and _NAME_SHAPE_RE.fullmatch(ent.text)):
            covered.update(range(ent.start, ent.end))  # but "Zephyr-7B" read as a time is still a name
    doc = sent.doc
    i = sent.start
    while i < sent.end:
        if doc[i].tag_ not in ("NNP", "NNPS") or i in covered or is_opening_verb(doc[i].text) and (
                i == sent.start or doc[i - 1].text in (":", "-", "•", "*")):
            i += 1  # "Captures 33 distinct expressions": a line that opens with a verb
            continue
        j = i
        while j < sent.end and j not in covered and (doc[j].tag_ in ("NNP", "NNPS") or doc[j].text in ("-", ".") and j + 1 < sent.end
                                                     and doc[j + 1].tag_ in ("NNP", "NNPS") and not doc[j].whitespace_):
            j += 1
        span = doc[i:j]
        name = re.sub(r"['’]s?$", "", span.text).strip()
        if _looks_named(name) and _real_name(span.root) and not _is_dateline(span.root):
            out.append((name, span, "RUN"))
            covered.update(range(span.start, span.end))
        i = max(j, i + 1)
    for tok in sent:  # "VoxCPM2" tagged as a verb: inner capitals or digits make a name whatever the tag
        if tok.i not in covered and _NAME_SHAPE_RE.fullmatch(tok.text) and not _FIGURE_SHAPE_RE.fullmatch(tok.text) \
                and _looks_named(tok.text):
            out.append((tok.text, sent.doc[tok.i : tok.i + 1], "WORD"))
        elif tok.i not in covered and tok.text[:1].isupper() and tok.i + 1 < sent.end and doc[tok.i + 1].tag_ == "POS" \
                and tok.lower_ not in _NOT_OWNERS and _looks_named(tok.text):
            out.append((tok.text, sent.doc[tok.i : tok.i + 1], "RUN"))  # "Lovable's reported ARR": an owner, tagged
            # an adjective
    return out


# capitalised words before "'s" that own nothing nameable: "Today's", "Last year's", "This week's"
_NOT_OWNERS = {"today", "yesterday", "tomorrow", "this", "that", "last", "next", "year", "week", "month", "world",
               "nation", "country", "company", "industry", "everyone", "one", "it", "its", "their", "our", "his", "her",
               "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
               "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}


_NAME_SHAPE_RE = re.compile(r"[A-Za-z][\w.+-]*(?:[a-z][A-Z]|[A-Za-z]\d|\d[A-Za-z])[\w.+-]*")
_FIGURE_SHAPE_RE = re.compile(r"[~$€£¥]?\d[\d.,]*[A-Za-z%]{0,3}|[A-Za-z]{1,2}\d{1,2}")  # "4K", "1.5TB"; "Q3", "H1"


_TITLE_NAME_RE = re.compile(r"(?:\S*[a-z]\S*[A-Z]|\S*[A-Za-z]\S*\d|\S*\d\S*[A-Za-z]|[A-Z]{2,}\b)\S*")


def _title_names(sent: Span) -> list[tuple[str, Span, str]]:
    """Names in a title the tagger reads poorly ('SmolLM3', 'Qwen2.5-VL'): words with inner capitals or
    digits, and runs of them, besides the entities and proper nouns any sentence gives."""
    out = _sentence_names(sent)
    known = {name_key(name) for name, _, _ in out}
    doc = sent.doc
    run: list[re.Match[str]] = []
    sent_text = _span_text(sent)
    for word in [*re.finditer(r"\S+", sent_text), None]:
        text = re.sub(r"['’]s$", "", word.group(0).strip(".,:;!?()[]\"'")) if word is not None else ""
        if word is not None and _TITLE_NAME_RE.fullmatch(text) and not re.fullmatch(r"[~$€£¥]?\d[\d.,]*[A-Za-z%]{0,3}", text):
            run.append(word)
            if not re.search(r"[:;,!?]['’\"]?$", word.group(0)):
                continue  # "GPT-4o: OpenAI's ...": a colon ends the name
        if run:
            start, end = run[0].start(), run[-1].end()
            name = re.sub(r"['’]s$", "", sent_text[start:end].strip(".,:;!?()[]\"'"))
            span = doc.char_span(sent.start_char + start, sent.start_char + end, alignment_mode="expand")
            if span is not None and len(run) <= 4 and len(name) <= 40 and name_key(name) not in known and _looks_named(name):
                out.append((name, span, "TITLE"))
                known.add(name_key(name))
            run = []
    return out


_HEADLINE_WORD_RE = re.compile(r"\b[A-Z][a-z]+\b")  # 'Hits', 'Achieves'; not 'AI', 'iPhone', 'MacBook'
_TITLE_SMALL_WORDS = {"a", "an", "the", "and", "or", "nor", "but", "so", "yet", "of", "in", "on", "at", "to", "for", "by", "with",
                      "as", "vs", "from", "into", "than", "per", "via", "up", "over"}


def _retag_headline(doc: Doc, end: int, nlp: Language) -> None:
    """Mark the verbs of a Title Case headline (the text before `end`) as verbs and end its entities before them:
    the tagger takes every capitalised word there for a proper noun, so 'Nvidia's Data Center Unit Surges to $18.4
    Billion' named 'Data Center Unit Surges'. Names the gazetteer knows stay whole ('Amazon Nova Pro'); what is left
    of an entity as one plain word ('Valuation Jumps') is no name."""
    verb_tags, common = _headline_tags(_doc_text(doc)[:end], nlp, tuple(nlp.pipe_names))
    if not verb_tags:
        return
    known = {i for ent in doc.ents if ent.ent_id_ for i in range(ent.start, ent.end)}
    verbs = [tok.i for tok in doc if tok.idx < end and tok.idx in verb_tags and tok.i not in known]
    if not verbs:
        return
    for i in verbs:
        doc[i].tag_ = verb_tags[doc[i].idx]
    ents: list[Span] = []
    for ent in doc.ents:
        inside = [i for i in verbs if ent.start <= i < ent.end]
        if not inside:
            ents.append(ent)
            continue
        lo, hi = ent.start, inside[0]
        while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
            hi -= 1
        if lo == hi or hi - lo == 1 and doc[lo].idx in common and lookup_entity(doc[lo].text) is None:
            continue  # "Valuation Jumps", "Nonprofit Keeps Control": a plain word left
        ents.append(Span(doc, lo, hi, label=ent.label_))
    doc.ents = ents


_FINITE_VERB_TAGS = {"VBZ", "VBP", "VBD", "MD"}


@lru_cache(maxsize=4096)
def _headline_tags(title: str, nlp: Language, pipes: tuple[str, ...]) -> tuple[dict[int, str], frozenset[int]]:
    """Where the verbs of a Title Case headline start ('Hits', 'Will') with their tags, and where its plain nouns
    and adjectives do, found by tagging it with its capitals taken off all but names written in capitals or with
    inner capitals; nothing for a title written like a sentence. `pipes` keys the cache: a disabled tagger tags
    nothing."""
    words = re.findall(r"\b[A-Za-z][\w'’-]*", title)
    if len(words) < 3 or any(w.islower() and w not in _TITLE_SMALL_WORDS for w in words) \
            or sum(bool(_HEADLINE_WORD_RE.fullmatch(w)) for w in words) < 3 or "tagger" not in pipes:
        return {}, frozenset()
    doc = nlp.make_doc(_HEADLINE_WORD_RE.sub(lambda m: m.group(0).lower(), title))
    for component in [name for name in ("tok2vec", "tagger") if name in pipes]:
        doc = nlp.get_pipe(component)(doc)
    verbs = {t.idx: t.tag_ for t in doc if t.tag_ in _FINITE_VERB_TAGS and t.i > 0 and len(t) > 2
             and lookup_entity(t.text) is None}  # "Ai", a slug's "AI", read as a verb; "Surge" the name it is
    return verbs, frozenset(t.idx for t in doc if t.tag_ in ("NN", "NNS", "JJ", "RB"))


# years and quarters ("FY2025", "Q3"), units ("TiB", "GPUs") and symbols are not what a figure is about
_NOT_A_NAME_RE = re.compile(
    r"(?:FY|CY|Q[1-4]|H[12])?\s?['’]?(?:19|20)?\d\d|Q[1-4]|[KMGTPE]i?B|(?:GPU|TPU|CPU|NPU)s?|[TPE]?FLOP[Ss]?|tokens?|Tokens?|"
    r"QPS|FPS|[KMGT]?Hz|[kMGT]Wh?|TWh|MW|GW|"
    # "PetaFLOPS", "TBps", "Superchips", "Elo", "PuE", "tok/s": a unit or a measure read as a name
    r"(?i:(?:peta|exa|tera|giga)flops|[kmgtp]i?b(?:ps|/s)|gbps|tops|superchips?|(?:(?:lm\s|chatbot\s)?arena\s)?elo|arena\s(?:score|rating)|pue|tok(?:en)?s?/s)",
)


_LINE_LABEL_RE = re.compile(r"\s*(?:[-*•]\s*)?([A-Z][\w.+-]*(?:[ \u00a0][\w.+-]+){0,3}?)\s*:\s")
_HEADING_WORDS = {"note", "notes", "update", "updates", "example", "examples", "summary", "results", "result", "features", "feature",
                  "highlights", "performance", "pricing", "price", "speed", "overview", "tip", "warning", "important", "news",
                  "why", "what", "how", "key", "new", "status", "goal", "goals", "training", "inference", "usage",
                  "step", "stage", "phase", "part", "section", "chapter", "round", "level", "option", "method", "figure", "fig.",
                  "table", "day", "week", "month", "year", "version", "epoch", "task", "question", "case", "tier", "lesson",
                  "experiment", "exp", "q1", "q2", "q3", "q4", "h1", "h2", "fy"}


_ABBREVIATED_END_RE = re.compile(r"(?:\b(?:Corp|Inc|Ltd|Co|St|Bros|Jr|Sr|Plc|Ave|Univ|Dept|al)|(?:\b[A-Z]\.)*\b[A-Z])\.$")


def tidy_subject(subject: str | None, sentence: str, written: str | None = None) -> str | None:
    """A subject as a reader wants it: no leading emoji, bullet or stray quote, no trailing full stop but an
    abbreviation's ('Rapidus Corp.', 'U.S.'), brackets closed where the sentence closes them ('Mixture of Experts (MoE)')
    or cut where it does not ('itself.[1'), a known name the text does not write (`written`: the text up to the sentence's
    end, the title left out; the sentence by default) spelt the gazetteer's way; None when nothing of a name is left."""
    if subject is None or re.match(r"\s*[≤≥<>~≈]\s*\d", subject):
        return None  # "≤ 200k": a bound figure
    s = re.sub(r"^[^\w(.#]+", "", subject.strip())  # "🤗 Transformers", "“Industrial AI Cloud", "💸 North American startups"
    if s.count("[") > s.count("]"):
        s = s[: s.rfind("[")].rstrip()  # "itself.[1": a footnote mark
    s = re.sub(r"\[\d+\]$", "", s).rstrip()
    if s.count("(") > s.count(")"):
        s = s + ")" if s + ")" in sentence else s[: s.rfind("(")].rstrip()
    if s.count("“") != s.count("”") or s.count('"') % 2:
        s = s.replace("“", "").replace("”", "").replace('"', "").strip()
    while s and s[-1] in ".,;:" and not (s[-1] == "." and _ABBREVIATED_END_RE.search(s)):
        s = s[:-1].rstrip()
    verb = re.fullmatch(r"(.*\S)\s+(?:scores|achieves|attains|reaches|posts|records|hits|outperforms|beats|surpasses|ships)", s)
    if verb and re.search(re.escape(s) + r"\s", sentence):
        s = verb.group(1)  # "Tessel-8B scores 68.4%": the tagger read the verb as a noun of the name
    if re.fullmatch(r"[a-z]?", s) or not re.search(r"[^\W\d_]", s) or re.fullmatch(
            r"[\d.,]+\s*[×%]|[\d.,]+\s+[a-z]{1,2}", s):
        return None  # "🔭", "≈ 4.2 s", "70×": a symbol or a figure, no name (but "X", "01.AI", "910C" are names)
    if s not in (sentence if written is None else written):  # a name from the title or a repository's name ("Gemma3") is
        return known_spelling(s) or s  # spelt as the kb knows it ("Gemma 3"); one the text writes is quoted ("LLaMA2-70B")
    return s


def _line_label(sentence: str, at: int) -> str | None:
    """The product a line is labelled with ("Sonnet 4.6: $3/$15 per million tokens", "CatLIP: 2.7x faster"): a name
    with a digit or inner capitals, not a heading word ("Note:", "Key Features:"), a date, a benchmark or a speaker."""
    m = _LINE_LABEL_RE.match(sentence)
    if m is None or m.end() > at:
        return None
    words = m.group(1).split()
    lower = [i for i, w in enumerate(words) if w[:1].islower()]
    words = words[lower[-1] + 1 :] if lower else words  # "For the old RWKV-2:" is labelled RWKV-2
    if not words:
        return None
    label = " ".join(words)
    if any(w.lower() in _HEADING_WORDS or re.fullmatch(r"(?:fy|q[1-4]|h[12])['’]?\d{2,4}", w.lower()) for w in words) \
            or _not_a_name(label) or re.search(r"\b(?:1[89]|20)\d\d\b", label) \
            or _known_type(label) == "benchmark" or re.match(r"\s*[\"“‘']", sentence[m.end() :]):
        return None  # "Early 2024: ~$2.85/hr", "MMLU: 88.2", "Sam Altman: “we have ...”": a date, a benchmark, a speaker
    named = re.search(r"\d", label) and re.search(r"[A-Za-z]{2}", label) or re.search(r"[a-z][A-Z]|[A-Z]{2}", label)
    return label if named else None


_FOOTNOTE_RE = re.compile(r"(?<=[A-Za-z)\].,;:%])[¹²³⁴⁵⁶⁷⁸⁹⁰]+")


def _cue(text: str) -> str:
    """Text read for cue words: lower case, with footnote marks blanked ("a $14B valuation¹" is a valuation)."""
    return _FOOTNOTE_RE.sub(lambda m: " " * len(m.group()), text).lower()


def _looks_named(name: str) -> bool:
    """Letters enough to be a name, and not a year, quarter or unit."""
    return bool(re.search(r"[A-Za-z]{2}", name)) and not _NOT_A_NAME_RE.fullmatch(name.strip())


def _metric_group(metric: str) -> str:
    return ("model" if metric in _MODEL_METRICS else "company" if metric in _COMPANY_METRICS
            else "usage" if metric in ("users", "downloads", "tokens_processed") else "other")


def _known_type(name: str) -> str | None:
    known = lookup_entity(name)
    return known.type if known is not None else None


# what a figure measures or is counted in, read as a name by the tagger: "Lovable's reported ARR climbed ..."
_MEASURE_WORDS = {
    "arr", "moe", "vram", "capex", "revenue", "revenues", "sales", "spending", "funding", "valuation", "latency",
    "throughput", "accuracy", "scores", "score", "users", "downloads", "tokens", "parameters", "params", "flops",
    "tflops", "pflops", "gpu hr", "gpu hours", "gpu hour", "context length", "growth", "cagr",
}


# words that only qualify a measure: "Weekly active users", "Paid subscribers", "Total revenue"
_MEASURE_MODIFIERS = {"weekly", "monthly", "daily", "annual", "yearly", "quarterly", "active", "paid", "paying", "total",
                      "new", "global", "average", "peak", "net", "gross", "the", "its", "their"}


# a month or weekday as written in a dateline ("27 Jun 2017", "told CNBC Monday"); not "May", "March", "Sun" or "DEC",
# which also name people, verbs and companies
_MONTH_OR_DAY_RE = re.compile(
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|January|February|April|June|July|August|September|October|"
    r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")


_MEASURE_OR_LABEL_RE = re.compile(r"(?:box |mask )?(?:m?AP(?:50|75|r)?|mIoU|FID|BLEU|WER|CER|PSNR|SSIM)|box|mask|(?i:note|notes|warning|"
                                  r"tip|important|caution|disclaimer|update|updates|summary|overview|news|example)|"
                                  r"(?:Figure|Fig\.?|Table|Tab\.|Section|Appendix|Exhibit|Chart|Listing)\s+[A-Z]?\d+[a-z]?(?:\.\d+)?")
_DOC_LABEL_RE = re.compile(r"Figure|Fig\.?|Table|Tab\.|Section|Appendix|Exhibit|Chart|Listing")


def _document_part(name: str, sentence: str) -> bool:
    """'Figure' in "Figure 2 compares the 7B and 13B runs": a document's figure or table, though "Figure, the robot
    startup" is a company; "Peak FP8 compute" in a sentence about a chip is the chip's measure."""
    if _PRECISION_MEASURE_RE.fullmatch(name.strip()) and _chip_named(sentence.lower()):
        return True
    return _DOC_LABEL_RE.fullmatch(name) is not None and re.search(r"\b" + re.escape(name) + r"\s+[A-Z]?\d", sentence) is not None


def _chip_named(sentence: str) -> bool:
    return bool(_NAMED_CHIP_RE.search(sentence) or _MORE_CHIPS_RE.search(sentence))


_PRECISION_MEASURE_RE = re.compile(r"(?i)(?:(?:peak|dense|sparse|total|theoretical)\s+)?(?:(?:fp|bf|tf|int|mxfp|nvfp)\d+)"
                                   r"(?:\s+(?:compute|performance|throughput|bandwidth|memory|capacity))?")


def _owned_place(span: Span) -> bool:
    """A place that says where someone's site is: 'Zephyr AI's campus in Abilene', 'Quill's Memphis cluster' (the owner
    named before it is what the figure is about)."""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in ("in", "near", "at", "outside") and root.head.dep_ == "prep":
        holder = root.head.head
    elif root.dep_ in ("compound", "nmod", "amod") and root.head.i > root.i:
        holder = root.head
    else:
        return False
    word = holder.lower_
    return (word in _SITE_NOUNS or word[:-1] in _SITE_NOUNS or word[:-2] in _SITE_NOUNS) and any(c.dep_ == "poss" and not (span.start <= c.i < span.end)
                                                         for c in holder.children)


_SITE_NOUNS = frozenset({"campus", "site", "cluster", "facility", "centre", "center", "datacenter", "datacentre", "plant", "fab",
                         "factory", "supercomputer", "hub", "complex", "park", "region", "build-out", "buildout", "expansion"})


# what hours of something were recorded or spent on: a language, people's or agents' work, dialogues
_RECORDED_OF_RE = re.compile(
    r"\s+of\s+(?:[\w-]+\s+){0,2}?(?:English|Mandarin|Chinese|Cantonese|Spanish|French|German|Japanese|Korean|Hindi|Arabic|Portuguese|"
    r"Russian|Italian|Dutch|Swahili|Vietnamese|Thai|Indonesian|Turkish|Polish|Urdu|Bengali|multilingual|bilingual|"
    r"(?:agent|human|robot)\s+\w+|interactions?|labou?r|interviews?|gameplay|demonstrations?|teleoperation|driving|dialogues?|"
    r"lectures?|podcasts?|broadcasts?|(?:[\w-]+\s+)?language|testing|red[- ]?teaming|evaluations?|annotations?|labell?ing)\b")
# "16 GB RAM", "8 GB VRAM": the unit of the figure before it; "NDCG@10", "pass@1": the measure, not who scored
_UNIT_NAME_RE = re.compile(r"(?:[KMGTP]i?B|[KMGT]B/s|GHz|MHz|[kMG]W)\b(?!-)")
_AT_K_MEASURE_RE = re.compile(r"(?i:ndcg|recall|precision|pass|hits?|mrr|map|acc|top-?\d*|success|r)@\d+(?:\.\d+)?")


def _not_a_name(name: str) -> bool:
    """A measure, a sum or a share read as a name ('ARR', '~$2.30', 'top 1 %', 'Weekly active users'): never a
    figure's subject."""
    words = name_key(name).split()
    if _UNIT_NAME_RE.match(name.strip()) or _AT_K_MEASURE_RE.fullmatch(name.strip()):
        return True
    if words in (["mau"], ["maus"], ["dau"], ["daus"], ["wau"], ["waus"]):
        return True  # "Kimi's MAU fell 12 percent": the measure, not whose it is
    if _MONTH_OR_DAY_RE.fullmatch(name.strip()):
        return True  # "Dalian, 27 Jun 2017 - Global GDP will be 14% higher": a dateline's month
    if _MEASURE_OR_LABEL_RE.fullmatch(name.strip()):
        return True  # "61.3 box AP": the score's measure; "Warning: the model is 500 MB": a line's label
    if words and (words[-1] in _MEASURE_WORDS or words[-1] in ("subscribers", "subscriptions")) and all(
            w in _MEASURE_MODIFIERS or w in _MEASURE_WORDS for w in words[:-1]):
        return True  # "Weekly active users", "ARR Growth"
    return re.match(r"[~$€£¥]|\d[\d.,]*\s*(?:%|(?:s|x|ms|h|k)?$)", name.strip()) is not None or "%" in name  # "6s", "10x"


def _subject_options(q_tok: Token, q_range: range, metric: str, rule_subject: str | None, names: list[tuple[str, Span, str]],
                     before: dict[str, _Named], ctx: _Salience, si: int,
                     figures: Sequence[tuple[int, int]] = ()) -> list[SubjectOption]:
    """Every name a figure may be about, with its features, for `pipeline.subject_model`."""
    sent = q_tok.sent
    sent_text = _span_text(sent)
    avoid = _attributors(sent)
    options: dict[str, tuple[SubjectOption, set[str], int]] = {}
    q_lo, q_hi = sent.doc[q_range.start].idx, sent.doc[q_range.stop - 1].idx + len(sent.doc[q_range.stop - 1])
    cited = _cited_sources(sent) - avoid
    for name, span, label in names:
        if span.start <= q_range.start < span.end or q_range.start <= span.start < q_range.stop or _not_a_name(name) or \
                _document_part(name, sent_text) or span.root.i in cited:
            continue  # (a source cited beside the figures, "(IBM)", "per Statista", is never an option)
        if any(lo < span.end_char and span.start_char < hi for lo, hi in figures):
            continue  # "TiB" in "110.5 TiB", "GPUs" in "128 H100 GPUs": part of a figure, not a name
        if name.lower() in _ROLE_WORDS:
            continue  # "Google CEO Sundar Pichai said ...": a role is no name
        if _owned_place(span):
            continue  # "Zephyr AI's new campus in Abilene", "Quill's Memphis cluster": where the owner's site is
        if span.root.dep_ == "pobj" and span.root.head.lower_ in ("at", "from", "on", "via") and _shop(span.root):
            continue  # "$40 off at Amazon": the shop a deal is found at is never what the figure is about
        key = name_key(name)
        distance = abs(span.start - q_range.start)
        if key in options and options[key][2] <= distance:
            continue
        feats = name_features(name, label, _known_type(name))
        feats.update(sentence_features(span, q_tok, q_range))
        if _is_side_mention(span.root):
            feats["side"] = 1.0
        if _counted(span.root):
            feats["counted"] = 1.0
        if span.root.i in avoid:
            feats["attributor"] = 1.0
        if _is_benchmark_name(name, sent):
            feats["benchmark_name"] = 1.0
        if label == "RUN" and not any(not t.is_space for t in sent.doc[sent.start : span.start]):
            feats["first_word"] = 1.0  # "Models are pre-trained ...": a capital for the sentence, not a name
        lo, hi = sorted((span.start_char, q_lo))
        others = sum(1 for a, _ in figures if lo < a < hi and not q_lo <= a < q_hi)
        feats[f"figures_between={bucket(others, (0, 1))}"] = 1.0  # "Figure $1.75B, Apptronik $767M": the other's name
        options[key] = (SubjectOption(name, feats), {"sentence"}, distance)
    nearest: dict[str, tuple[int, str]] = {}
    for key, (option, _, distance) in options.items():
        side = "before" if option.feats.get("pos=before") else "after"
        if side not in nearest or distance < nearest[side][0]:
            nearest[side] = (distance, key)
    for side, (_, key) in nearest.items():
        options[key][0].feats["nearest_" + side] = 1.0
    for key, seen in before.items():
        sources = {"title"} if seen.title and seen.count == 1 else {"title", "before"} if seen.title else {"before"}
        extra = {f"count={bucket(seen.count, (0, 1, 2, 5))}": 1.0, f"ago={bucket(si - seen.last, (0, 1, 2, 5))}": 1.0}
        if key in options:
            options[key][0].feats.update(extra)
            options[key][1].update(sources)
        else:
            feats = name_features(seen.name, seen.label, _known_type(seen.name))
            feats.update(extra)
            options[key] = (SubjectOption(seen.name, feats), sources, 99)
    for flag, named in (("ctx_model", ctx.kinds.get("model")), ("ctx_org", ctx.topic("org")), ("ctx_last", ctx.last)):
        if not named:
            continue
        key = name_key(named)
        if key not in options:
            options[key] = (SubjectOption(named, name_features(named, "CTX", _known_type(named))), {"context"}, 99)
        options[key][0].feats[flag] = 1.0
    rule_key = name_key(rule_subject) if rule_subject else None
    if rule_subject and rule_key is not None and rule_key not in options:
        options[rule_key] = (SubjectOption(rule_subject, name_features(rule_subject, "PHRASE", _known_type(rule_subject))),
                             {"rule"}, 99)
    flags = sentence_flags(sent)
    n_sentence = sum(1 for _, sources, _ in options.values() if "sentence" in sources)
    group = _metric_group(metric)
    out = []
    for key, (option, sources, _) in options.items():
        combine(option, sources, group, key == rule_key, rule_subject is None, flags, n_sentence)
        out.append(option)
    return out


def _remember_names(before: dict[str, _Named], names: list[tuple[str, Span, str]], si: int, title: bool) -> None:
    """Count each name once per sentence it appears in."""
    for key, (name, _, label) in {name_key(n[0]): n for n in reversed(names)}.items():
        seen = before.setdefault(key, _Named(name, label))
        seen.count += 1
        seen.title = seen.title or title
        seen.last = si


class _Placed(NamedTuple):
    """Where a sentence's last claim stood and what it measured: the next figure may continue it."""

    start: int
    end: int
    unit: str
    metric: str


_RESTATING_WORDS = {"or", "i", "e", "ie", "that", "is", "about", "approximately", "approx", "roughly", "around", "nearly", "some",
                    "ca", "circa", "equivalently", "also", "written", "in", "scientific", "notation", "aka", "over", "under", "just",
                    "more", "less", "than", "almost", "exactly", "precisely"}


# "shares fell 6.5%", "revenue declined 46%", "down about 14%", "a 22.5% drop": a fall, recorded as a negative change
_FALL_BEFORE_RE = re.compile(
    r"\b(?:fell|fallen|falls?|falling|declin(?:ed|es|ing)|dropp?(?:ed|ing|s)?|down|decreas(?:ed|es|ing)|slid|slipped|"
    r"plung(?:ed|es|ing)|sank|sunk|tumbl(?:ed|es|ing)|slump(?:ed|s|ing)|shr[au]nk|shrinks|shrinking|contract(?:ed|ing)|"
    r"cut|cuts|reduc(?:ed|es|ing)|lost|loses|losing|(?:decline|drop|fall|decrease|reduction)s?\s+of)\s+(?:by\s+)?(?:(?:about|approximately|roughly|nearly|almost|around|"
    r"(?:well |just )?over|(?:well |just )?more than|at least|close to|less than|some|an estimated|a further|another|as much as|"
    r"up to)\s+)?[~≈]?$",
    re.IGNORECASE,
)
_FALL_AFTER_RE = re.compile(
    r"\s*(?:(?:year[- ]over[- ]year|yoy|annual|quarterly|sequential|monthly)\s+)?"
    r"(?:drop|decline|decrease|fall|plunge|slump|contraction|reduction|cut)\b",
    re.IGNORECASE,
)


def _a_fall(text: str, q: Quantity) -> bool:
    """The figure is how much something fell ('declined 46%', 'a 22.5% drop'): the cue word sits right against it."""
    return bool(_FALL_BEFORE_RE.search(text[max(0, q.start - 40) : q.start])
                or _FALL_AFTER_RE.match(text, q.end))


# "5x the rate limits of GPT-4 Turbo": a multiple of another thing; "double the number from September" of an earlier level
_MULTIPLE_OF_ANOTHER_RE = re.compile(r"\s+(?:the|its|their)\s+(?!(?:size|value|valuation|revenue|sales|users|number)\b)",
                                     re.IGNORECASE)
_THAT_OF_RE = re.compile(r"\s+(?:that|those)\s+of\b", re.IGNORECASE)
_CUT_RE = re.compile(r"\s+(?:(?!(?:that|which|as|and|or)\s)[\w-]+\s+)?(?:reduction|decrease)s?\b", re.IGNORECASE)
# a time the figure is set against: "double that of last year", "twice those of the same quarter a year ago"
_EARLIER_TIME_RE = re.compile(
    r"\b(?:(?:last|previous|prior|same|a)\s+(?:year|quarter|month|week|period)|year-ago|ago|earlier|a year before|"
    r"in\s+(?:19|20)\d\d|(?:first|second|third|fourth)\s+quarter|q[1-4]|fy\s?\d{2,4})\b", re.IGNORECASE)
_THEN_AND_NOW_RE = re.compile(
    r"\b(?:from|since|ago|last|previous|prior|earlier|predecessor|before|current|levels?|in\s+(?:19|20)\d\d|a year|year-ago|"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december))\b", re.IGNORECASE)


def _tidy(value: float, factor: float) -> float:
    """A value scaled by a factor, rid of float noise: 315 acres is 315.0, not 315.000000001."""
    return value if factor == 1.0 else float(f"{value * factor:.10g}")


def _restated(between: str, earlier: float, value: float) -> bool:
    """The same figure written twice ("2.56×10²⁴ (2.56e24)", "3.8e25 (3.79e25)"), not two close figures ("80.3 vs. 79.8",
    "~3X speedup with ~3X memory reduction")."""
    if re.search(r"\bvs\.?|\bversus\b|\band\b|\bcompared\b|\bto\b|\bfrom\b|\d", between):
        return False
    if re.fullmatch(r"\s+(?:[A-Za-z][\w-]*\s+){1,3}\(\s*", between) and earlier >= 100 and \
            abs(earlier - value) / max(abs(earlier), abs(value)) <= 0.002:
        return True  # "13,000 units (13K)", "3.76 million GPUs (3,760,000 units)": restated after its noun
    if any(w not in _RESTATING_WORDS for w in re.findall(r"[a-z]+", between.lower())):
        return False  # words of their own between the two: two figures
    gap = abs(earlier - value) / max(abs(earlier), abs(value), 1e-300)
    return gap <= 0.002 or gap <= 0.01 and re.search(r"\(|\bor\b|\bi\.e\.", between) is not None


def _claims_from_doc(doc: Doc, candidates: list[_Candidate], qualitative: bool, claims_from: int = 0,
                     nlp: Language | None = None) -> list[Claim]:
    """Claims in `doc`; sentences that end before `claims_from` are context only (a title, the paragraph before).
    `nlp`, the pipeline that parsed `doc`, re-tags a Title Case title."""
    text = _doc_text(doc)
    titled = bool(claims_from) and "\n" in text[:claims_from]
    product = _reviewed_product(text[: text.find("\n")]) if titled else None
    body_start = text.find("\n") + 1 if titled else 0  # what the text writes, its title aside
    if titled and nlp is not None:
        try:
            _retag_headline(doc, body_start - 1, nlp)
        except Exception:  # the headline is only context: its claims-to-be are the text's, read as tagged
            log.warning("could not re-tag the title %r", text[: min(body_start, 80)], exc_info=True)
    claims: list[Claim] = []
    sentence_subject: dict[int, str] = {}
    sentence_metric: dict[int, str] = {}
    ctx = _Salience()
    by_sentence: dict[int, list[_Candidate]] = {}
    sents = list(doc.sents)
    sent_starts = [sent.start_char for sent in sents]
    before: dict[str, _Named] = {}  # names in the sentences before, for the subject options
    for cand in candidates:
        si = bisect_right(sent_starts, cand.quantity.start) - 1
        if si >= 0 and cand.quantity.start < sents[si].end_char:
            by_sentence.setdefault(si, []).append(cand)
    for si, sent in enumerate(sents):
        if sent.end_char <= claims_from:
            _note_sentence(ctx, sent, None, weight=2.0)
            _remember_names(before, _title_names(sent) if si == 0 else _sentence_names(sent), si, title=si == 0)
            continue
        # bare counts whose judgement waited for the parse are judged first: one dropped shapes no other claim
        cands = [c for c in by_sentence.get(si, []) if c.count is None or decide_count(c.count, doc, c.quantity.start, c.quantity.end)]
        sent_text = _span_text(sent)
        names = _sentence_names(sent)
        figures = [(c.quantity.start, c.quantity.end) for c in cands]
        attribution = _attribution(sent) if cands or qualitative else None
        sent_lower = _cue(sent_text)
        score_list = _score_list(sent_text) if cands else {}  # "on ChartQA (71.2%), DocVQA (88.4%)": benchmarks by figure
        investors = _backers(sent_text) if cands else set()  # "an Nvidia-backed startup": names that are no subject
        round_investors = _round_investors(sent_text) if cands else set()
        seen: list[tuple[float, int, int, str]] = []  # (value, end, start, unit) of the sentence's figures so far
        last: _Placed | None = None  # the sentence's last claim
        last_subject: str | None = None
        last_money: tuple[int, str, float] | None = None  # (end, currency, value) of the sentence's last sum of money
        sentence_claims = len(claims)  # where this sentence's claims begin
        for cand in cands:
            q = cand.quantity
            span = _span_for(doc, q.start, q.end)
            if span is None or len(span) == 0:
                continue
            if _in_name(doc, span, text, q) or _figure_of_speech(text, q) or _size_class(text, cand) or _process_node(text, q):
                continue
            if cand.unit == "tokens" and q.value in (1.0, 1e3, 1e6) and re.search(
                r"(?:per|for|/|every|each)\s*$", text[max(0, q.start - 8) : q.start], re.IGNORECASE
            ):
                continue  # "$3.96 for 1 million output tokens": the price's denominator
            if last is not None and cand.unit == "count" and q.unit == "count" and re.fullmatch(
                    r"~?[\d.,]+\s*(?:thousand|million|billion|trillion|[KMBT])?", q.surface) and last.unit in (
                    "tokens", "users", "downloads", "parameters") and _CHANGE_BETWEEN_RE.fullmatch(text[last.end : q.start]):
                cand = _Candidate(q, last.unit, cand.period, cand.factor)  # "10 billion tokens per minute, up from 7 billion"
                # (but "15 trillion tokens from 96 Common Crawl snapshots" counts snapshots)
            currency = q.unit.split("/")[0]
            if currency in _MONEY_UNITS:
                restated = last_money is not None and _converted(text, last_money, q, currency)
                last_money = (q.end, currency, q.value)
                if restated:
                    continue  # "€15 million ($15.58 million)": the same sum in a second currency
            q_tok = span.root
            lo, hi = _clause_tokens(q_tok)
            lo, hi = max(lo, sent.start_char), min(hi, sent.end_char)
            window = _cue(text[lo:hi])
            near = _cue(text[max(sent.start_char, q.start - 60) : min(sent.end_char, q.end + 50)])
            if any(t.ent_type_ == "BENCHMARK" for t in doc[span.start : span.end + 6] if t.i < len(doc)) or (
                    span.start >= 2 and doc[span.start - 1].text == "(" and doc[span.start - 2].ent_type_ == "BENCHMARK") or any(
                    e.label_ == "BENCHMARK" and e.end <= span.start and e.start > 0 and doc[e.start - 1].lower_ == "on"
                    for e in _ents_in(sent)) or (
                    re.search(r"\brespectively\b", sent_lower)
                    and any(e.label_ == "BENCHMARK" and e.start >= span.end for e in _ents_in(sent))):
                window += " BENCH"  # "by 7.9%, 9.3% and 10.8% respectively on HumanEval, MBPP and DS-1000"
            if cand.unit == "count" and q.unit == "count" and re.search(r"\d[BT]$", q.surface) and re.search(
                    r"\b(?:(?:pre-?)?trained on|training on|pre-?training on)\s+(?:\w+\s+){0,2}$|\bon\s+$",
                    text[max(sent.start_char, q.start - 40) : q.start].lower()) and re.search(
                    r"^\s+(?:[\w-]+\s+){0,4}?(?:corpus|corpora|data(?:set)?|text|tokens)\b", text[q.end : q.end + 50].lower()):
                cand = _Candidate(q, "tokens", cand.period, cand.factor)  # "trained on 3T multilingual corpus"
            if cand.unit in ("count", "tokens", "other") and re.search(r"\d(?:\.\d+)?\s?(?:[BMT]|billion|million|trillion)$",
                                                                     q.surface) and re.match(
                    r"\s*(?:total\b|active\b|activated\b|are activ|(?:of them )?activ)", text[q.end : q.end + 20].lower()) \
                    and (re.search(r"\bparam|\bMoE\b|\bexperts?\b", sent_text, re.IGNORECASE)
                         or q.unit in ("count", "parameters", "tokens") and re.search(r"\bactiv", sent_text, re.IGNORECASE)):
                # (but "205.4 million active mobile connections" counts connections)
                cand = _Candidate(q, "parameters", None, cand.factor)  # "47B total but only ~13B active per token"
            if cand.unit == "count" and (q.unit == "count" or not q.unit.endswith("s") and re.fullmatch(
                    r"~?[\d.,]+\s*(?:thousand|million|billion|trillion|[KMBT])", q.surface)) and not _BATCH_SIZE_BEFORE_RE.search(
                    text[max(0, q.start - 40) : q.start]):
                # "token consumption of 140 trillion daily": the unit is named before the bare figure (not "at batch size 64")
                named = re.search(r"\b(tokens?(?:\s+per\s+second|/s)?|users?|downloads?|installs?|installations?|number of (?:[a-z]?\d+\s+)?gpus)\b"
                                  r"(?!.*\b(?:tokens?|users?|downloads?|installs?|installations?|gpus)\b)",
                                  text[max(sent.start_char, q.start - 80) : q.start].lower())
                if named is not None and re.search(r"gpus|second|/s$", named.group(1)) and re.search(
                        r"[,;]", text[max(sent.start_char, q.start - 80) : q.start][named.end() :]):
                    named = None  # "doubled the number of GPUs this year, and its headcount grew to 300": another clause
                if named is None:  # "expands the number of parameters to 13 billion"
                    named = re.search(r"\b(parameters)\s+(?:\w+\s+){0,2}?(?:to|of|at|is|was|reach\w*)\s+"
                                      r"(?:about\s+|around\s+|roughly\s+|nearly\s+)?$",
                                      text[max(sent.start_char, q.start - 80) : q.start].lower())
                if named:
                    base = "downloads" if named.group(1).startswith("install") else "accelerators" if named.group(1).endswith(
                        "gpus") else "tokens/s" if re.search(
                        r"second|/s$", named.group(1)) else named.group(1).rstrip("s") + "s"  # "from 48 to 82 tokens per second, and from 28 to 48"
                    cand = _Candidate(q, base, cand.period, cand.factor)
            tight_end = min(sent.end_char, q.end + 25)
            while tight_end < sent.end_char and (text[tight_end].isalnum() or text[tight_end] in "'’-_"):
                tight_end += 1  # whole words: "in Korea", not "in Ko"
            tight = _cue(text[max(sent.start_char, q.start - 30) : q.start] + "<q>" + text[q.end : tight_end])
            metric = _metric(cand, window, near, sent_lower, tight)
            if metric == "training_tokens" and _BATCH_SIZE_BEFORE_RE.search(text[max(0, q.start - 40) : q.start]):
                metric = "other"  # "a global batch size of 4M tokens": tokens per step, not the training set
            elif cand.unit == "percent" and metric in ("other", _UNPLACED) and _SHARE_OF_PERFORMANCE_RE.search(_around(near, q.surface)) \
                    and _chip_named(_around(sent_lower, q.surface.lower()).partition("<q>")[2][:90]):
                metric = "chip_performance"  # "about 80% of the H100's performance": one chip against another
            elif metric == "market_share" and _SHARE_OF_THINGS_RE.search(sent_lower) and not re.search(r"\bmarket\b", _around(near, q.surface)):
                metric = "other"  # "the share of incidents involving agents", "the share of firms using AI": no market's
            elif cand.unit == "percent" and metric in ("other", _UNPLACED) and _TASKS_DONE_RE.search(_around(near, q.surface)) and not \
                    re.search(r"\b(?:customers?|support|tickets?|surveys?|respondents?|employees|workers|jobs)\b", _around(near, q.surface)):
                metric = "benchmark_score"  # "Operator completed 58.1% of WebArena tasks": a score on a test's tasks
            elif metric == "spending" and _PRIVATE_INVESTMENT_RE.search(sent_lower) and not _BUILT_THINGS_RE.search(sent_lower):
                metric = "funding"  # "private investment in AI reached $109 billion": money put into companies, not spent by them
            elif metric == "context_length" and q.value * cand.factor >= 1e9:
                # "1.8T tokens and a 4K window size", "on 5B tokens with a 32K context window": no model reads a billion tokens at once
                metric = "training_tokens" if _TRAINING_WORD_RE.search(sent_lower) else "other"
            placed = metric != _UNPLACED
            metric = metric if placed else "other"
            between = text[last.end : q.start] if last is not None else ""
            if last is not None and last.unit == _final_unit(cand, last.metric) and _CHANGE_BETWEEN_RE.fullmatch(between) and not re.search(
                    r",\s+(?:while|whereas|but|although)\b", between) and (
                    metric == "other" or len(between) <= 30):
                metric = last.metric  # "from 2.2T tokens to 2.4T tokens": both ends of a change measure one thing
            elif last is not None and metric == "other" and last.unit == _final_unit(cand, last.metric) and re.search(
                    r"\bfrom\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?$", text[max(0, last.start - 25) : last.start]) and re.fullmatch(
                    r"[^.;<]{0,50}?\bto\s+(?:a mere\s+|just\s+|only\s+|about\s+|around\s+|roughly\s+|nearly\s+|under\s+|over\s+)?",
                    between):
                metric = last.metric  # "dropped from 163.7 seconds via the official API to a mere 5.6 seconds"
            elif last is not None and metric == "other" and q.unit == "times" and last.metric in _VOLUME_METRICS and len(
                    between) <= 40 and not re.search(r"[.;:]|\b(?:while|whereas|but|although)\b", between) and re.match(
                    r"\s+(?:more|larger|bigger|higher|greater)\s+than\b", text[q.end : q.end + 20]):
                metric = last.metric  # "processes 32.7t daily, 16x more than Together": a multiple of the same volume
            elif last is not None and metric == "other" and cand.unit == "count" and last.metric in ("users", "downloads") and \
                    _RIVAL_FIGURE_RE.fullmatch(between) and re.match(r"\s*(?:[.,;:)—–]|$|\s+(?:in|on|for|last|this|a|per|each|and)\b)",
                                                                      text[q.end : q.end + 12]):
                metric = last.metric  # "172 million MAU, ahead of DeepSeek's 145 million": the rival's figure of the same measure
            elif last is not None and metric == "other" and cand.unit == "percent" and last.metric == "market_share" and \
                    last.unit == "percent" and (_RIVAL_SHARE_RE.fullmatch(between) or re.fullmatch(
                    r"[^.;<%]{0,60}?\b(?:compared (?:with|to)|versus|vs\.?|against)\s+(?:about\s+|around\s+|nearly\s+|roughly\s+)?", between)
                    and re.match(r"\s+for\s+(?:the\s+)?[A-Z]", text[q.end : q.end + 20])):
                metric, placed = "market_share", True  # "ahead of Gemini at 6%", ", while OpenAI's fell to 25%", ", Microsoft Azure 20%"
            s_start, s_end = q.start - sent.start_char, q.end - sent.start_char
            guess = not placed and metric == "other" and q.unit != "bytes"  # memory and data sizes stay "other"
            vectors = figure_vectors(doc, q.start, q.end) if guess or collecting_figures() else None
            note_figure(sent_text, s_start, s_end, cand.unit, placed, q.surface, vectors)
            if guess:  # no cue word: the model trained on annotated sentences may know the wording
                metric = guess_metric(sent_text, s_start, s_end, cand.unit, vectors) or metric
            if metric == "tokens_processed" and cand.period is None and _CAPACITY_RE.search(_around(near, q.surface)):
                metric = "context_length"  # "LongVA can process over 200K visual tokens": what fits at once, not a volume
            unit = _final_unit(cand, metric)
            if metric in ("parameters", "active_parameters") and unit == "tokens" and q.unit == "count":
                unit = "parameters"  # "DeepSeek-V3 activates 37B of 671B" after "per token": a bare size the rules took for tokens
            listed = score_list.get((q.start - sent.start_char, q.end - sent.start_char))
            if listed is not None and unit in ("percent", "points") and metric == "other":
                metric = "benchmark_score"  # "leads on ChartQA (71.2%), DocVQA (88.4%)": scores on the benchmarks listed
            if metric == "growth" and q.unit == "times" and q.value < 1:
                metric = "other"  # "costs a fifth of the price of GPT-4o": a fraction of another's, not a change
            if metric == "growth" and unit == "other" and q.unit == "times" and re.search(r"(?:\d\s*[x×]|\btimes)$", q.surface) and \
                    _MULTIPLE_OF_ANOTHER_RE.match(text, q.end) and not \
                    _THEN_AND_NOW_RE.search(text[q.end : min(sent.end_char, q.end + 70)]):
                metric = "other"  # "more than three times its original goal", "5x the rate limits of GPT-4 Turbo": against
                # another thing, not a change over time ("double the number from September")
            if metric == "growth" and unit == "other" and q.unit == "times" and (_CUT_RE.match(text, q.end) or _THAT_OF_RE.match(
                    text, q.end) and not _EARLIER_TIME_RE.search(text[q.end : min(sent.end_char, q.end + 70)])):
                metric = "other"  # "twice that of A100", "double that of its predecessor": another's figure (but "5x that of
                # last year" is growth); "a 16x cost reduction", "280-fold reduction": a factor cut, which is no growth
            if (metric == "growth" or metric == "benchmark_score" and not any(e.label_ == "BENCHMARK" for e in _ents_in(sent)) and not re.search(
                    r"\bscor|\baccura|\bbenchmark|\bpass@", sent_text, re.IGNORECASE)) and unit == "percent" and re.search(
                    r"\b(?:global|regional|national|industry|world|worldwide|continental|country|countries|state|sector|"
                    r"[A-Z]{2,5})\s+(?:\w+\s+)?averages?\s+(?:of\s+|is\s+|was\s+|at\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+)?$",
                    text[max(sent.start_char, q.start - 60) : q.start]) and not (last is not None and last.metric == "growth"):
                metric = "other"  # "higher than the global average of 62 percent": a level to compare with, no change (but
                # "grew 5.2%, above the global average of 3.1%" compares growth with growth)
            if metric == "growth" and unit == "percent" and re.match(r"\s+of\s+[\w$€'’-]", text[q.end : q.end + 20]):
                metric = "other"  # "nearly 90% of sales", "handle 60% of tickets": a part of a whole is no change
            if unit == "tokens" and metric == "other" and re.search(r"\bvocab", near):
                unit = "count"  # "a vocabulary of 32K tokens": token types counted, not text
            value = _tidy(q.value, cand.factor)
            high = _tidy(q.value_high, cand.factor) if q.value_high is not None else None
            if metric == "growth" and unit == "percent" and value > 0 and _a_fall(text, q):
                value, high = -value, (-high if high is not None else None)  # a fall is a negative change
            if metric == "price_per_million_tokens":
                f = _price_factor(sent_lower)
                value, high = value * f, (high * f if high is not None else None)
            # a restatement "2.56×10²⁴ (2.56e24)" is one claim
            if any(abs(s - q.start) < 40 and u == unit and _restated(text[e : q.start], v, value) for v, e, s, u in seen):
                continue
            seen.append((value, q.end, q.start, unit))
            marked_window = _cue(text[lo : max(lo, q.start)] + "<q>" + text[min(hi, q.end) : hi])
            period = cand.period or _period(marked_window, sent_lower, metric)
            if metric == "users" and period is None:
                m = re.search(r"\b(monthly|weekly|daily) active\b", near)
                if m:
                    period = {"monthly": "month", "weekly": "week", "daily": "day"}[m.group(1)]
            benchmark = None
            if metric == "benchmark_score":
                bench = [e for e in _ents_in(sent) if e.label_ == "BENCHMARK"]
                if bench:
                    bench.sort(key=lambda e: (e.start_char < q.start, abs(e.start_char - q.start)))
                    labelled = [e for e in bench if e.end_char <= q.start and re.fullmatch(
                        r"[^:=,;]{0,12}?\s*[:=]\s*\**\s*|[ \t]+\**", text[e.end_char : q.start])]
                    benchmark = _entity_name((labelled or bench)[0])  # "MMLU: 88.2", "MMLU 88.7": the name before it
                    written = re.search(r"\s(\d{2,3}\.\d{1,2})$", benchmark)
                    if written and any(text[a:b] == written.group(1) for a, b in figures):
                        benchmark = benchmark[: written.start()]  # "HumanEval 90.2": a score read as a version of the name
                if listed is not None:
                    benchmark = listed
            q_range = range(span.start, span.end)
            view = _within(ctx, sentence_subject.get(si))
            if ctx.last_kind == "model" and (metric in _COMPANY_METRICS or _PEOPLE_RE.search(near)):
                view = replace(view, last=ctx.topic("org") or view.last, last_kind="org")
            money = unit in ("USD", "CNY", "EUR") or q.unit.split("/")[0] in _MONEY_UNITS
            receiver = _committed_to(q_tok, q_range) if money and metric == "spending" else None
            if receiver is not None:
                metric = "funding"  # "Amazon committed another $25 billion to Anthropic": Anthropic's funding
            if receiver is None and money and metric in ("spending", "other"):
                receiver = _acquired(q_tok, q_range)
                if receiver is not None:
                    metric = "other"  # "agreed to buy Meridian for $2.2 billion", "Intel's $15.3 billion acquisition of
                    # Mobileye": the price of the company bought, and that company's (not spending, not the buyer's)
            if receiver is None and money and metric == "funding" and _GENERIC_INVESTORS_RE.search(text[sent.start_char : q.start]):
                into = _GENERIC_RECEIVER_RE.match(text, q.end)
                receiver = into.group(1) if into else None  # "Investors poured $59.6 billion into AI startups": theirs
            gapped = _gapped_name(q_tok, q_range) if len(figures) > 1 and receiver is None and product is None else None
            gapped = gapped or (_beater_of(q_tok, q_range) if receiver is None and product is None else None)
            rule_subject = receiver or gapped or _about_product(_find_subject(q_tok, q_range, metric, view, money), product,
                                                                sent_text)
            if rule_subject is not None and (_not_a_name(rule_subject) or _document_part(rule_subject, sent_text) or _made_of_a_figure(rule_subject, q.surface, [
                    text[a:b] for a, b in figures])):
                rule_subject = None
            backers = set(investors) | (round_investors if metric in ("funding", "valuation") else set())
            if listed is not None:
                backers |= {name_key(name) for name in score_list.values()}  # the benchmarks listed are no subject either
            if rule_subject is not None and _among(rule_subject, backers):
                rule_subject = None  # "an Nvidia-backed startup, Inflection AI": Nvidia invested; the figure is the startup's
            subject = rule_subject
            # the learned choice among every name on offer; but where the rules name nobody because a person's
            # figure is meant ("he pledged $20 million to schools in Cameron County"), no guess
            if receiver is None and product is None and gapped is None and not (rule_subject is None and _a_person_speaks(sent)):
                options = _subject_options(q_tok, q_range, metric, rule_subject, names, before, view, si, figures)
                if backers:
                    options = [o for o in options if not _among(o.name, backers)]
                lead = len(sent_text) - len(sent_text.lstrip())
                note_options(sent_text.strip(), q.surface, q.start - sent.start_char - lead, options)
                beside = _name_beside(q_tok, q_range)
                firm = rule_subject is not None and (
                    beside is not None and name_key(beside) == name_key(rule_subject)
                    or re.search(re.escape(rule_subject) + r"['’]s?\s+(?:[\w-]+\s+)?$", text[sent.start_char : q.start]) is not None
                    or rule_subject.lower() not in sent_text.lower() and re.search(r"\b(?:he|she|his|her)\b", sent_text, re.IGNORECASE)
                    is not None  # "He received $63 million" after "Jensen Huang": a person the rules found for "he"
                    or _label_of(rule_subject, sent) == "PERSON" and _PERSONAL_MONEY_RE.search(sent_text) is not None)
                if not firm:  # but "Corvo-4.1 at 64.9%", "the S&P 500’s 17%": the name written against it
                    options = [o for o in options if not (o.feats.get("attributor") and _RESEARCH_FIRM_RE.match(o.name))] or options
                    subject = choose_subject(options, rule_subject)  # (a research firm that reports a market's figure is not it)
            if subject is None:
                subject = _line_label(sent_text, q.start - sent.start_char)  # "Opus 4.6: $5/$25 per million tokens"
            subject = _signed_list_name(text[sent.start_char : q.start], text[q.end : sent.end_char]) or subject
            if receiver is None and product is None:
                subject = _possessor(text, names, q.start, q.end) or subject
            subject = tidy_subject(subject, sent_text, text[body_start : sent.end_char])
            if (subject is None or _only_a_measure(subject, sent)) and attribution and metric in _COMPANY_METRICS | {"growth", "other"} \
                    and text.find(attribution, q.end, sent.end_char) >= 0:
                subject = _company_speaker(attribution, sent) or subject  # "Revenue rose 24% to $59.89 billion, Meta said"
            forecast = _forecast_of(q_tok, subject) if subject is not None else None
            attribution_here = attribution
            if forecast is not None:  # "IDC expects AI PC shipments to reach 114 million": the shipments, as IDC expects
                subject, attribution_here = forecast
            if subject is not None and metric in _COMPANY_METRICS | {"users", "growth", "other"} and not _PERSONAL_MONEY_RE.search(
                    sent_text):
                subject = _person_org(sent, subject) or subject  # "Google CEO Sundar Pichai announced a $6 million grant"
            if subject is not None and metric == "benchmark_score" and _known_type(re.sub(r"\s+\d[\d.,]*$", "", subject)) == "benchmark":
                subject = None  # "scores MMLU 88.7, GPQA 53.6": the benchmark a score is on is not what scored it
            if subject is not None and last is not None and last_subject and attribution_here and name_key(subject) and \
                    name_key(subject).split()[0] in name_key(attribution_here).split() and name_key(subject) != name_key(last_subject) and \
                    re.search(re.escape(attribution_here) + r"\s*[,;—–]", text[last.end : q.start]):
                subject = last_subject  # "Nvidia sold 3 million GPUs, Jensen Huang said, triple ...": the speaker between is no subject
            last = _Placed(q.start, q.end, unit, metric)
            last_subject = subject
            if rule_subject:  # what later sentences' 'it' refers to follows the rules, as in training
                sentence_subject.setdefault(si, rule_subject)
                sentence_metric.setdefault(si, metric)
            claims.append(
                Claim(
                    subject=subject, metric=metric, value=value, value_high=high, unit=unit,
                    period=period, benchmark=benchmark, bound=q.bound, surface=q.surface,
                    start=q.start, end=q.end, attribution=attribution_here, hedged=_hedged(sent, q.start, metric),
                    sentence=sent_text.strip(),
                )
            )
        claims[sentence_claims:] = _respective_names(sent, names, claims[sentence_claims:])
        if qualitative:
            for m in _QUALITATIVE_RE.finditer(sent_text):
                start = sent.start_char + m.start()
                span = _span_for(doc, start, sent.start_char + m.end())
                if span is None:
                    continue
                subject = _find_subject(span.root, range(span.start, span.end), "other",
                                        _within(ctx, sentence_subject.get(si)))
                subject = tidy_subject(subject, sent_text, text[body_start : sent.end_char])
                if subject is None:
                    continue
                phrase_end = min(sent.end_char, span.root.right_edge.idx + len(span.root.right_edge.text))
                comparison = text[start:max(phrase_end, start + len(m.group(0)))].strip()
                claims.append(
                    Claim(
                        subject=subject, metric="other", value=None, value_high=None, unit=None,
                        period=None, benchmark=None, bound="=", surface=m.group(0), start=start,
                        end=start + len(m.group(0)), attribution=attribution,
                        hedged=_hedged(sent, start), sentence=sent_text.strip(), kind="qualitative",
                        comparison=comparison[:200],
                    )
                )
        _note_sentence(ctx, sent, sentence_subject.get(si), sentence_metric.get(si))
        _remember_names(before, names, si, title=False)
    return claims


_TITLE_DEPS = {"compound", "appos", "poss", "nmod", "amod", "prep", "pobj", "npadvmod"}
_ROLE_WORDS = {"ceo", "founder", "co-founder", "cofounder", "chief", "officer", "president", "chairman", "chairwoman", "chair",
               "cto", "cfo", "coo", "executive", "director", "head", "boss", "vp", "spokesperson", "spokesman", "spokeswoman"}


# what a person says or announces for a company ("Pichai announced a $6 million grant")
_ANNOUNCING_VERBS = _REPORT_VERBS | {"unveiled", "unveils", "launched", "launches", "expects", "expected", "pledged", "committed",
                                     "promised"}
# a person's own money or holdings: "received $79.1 million in compensation", "his stake is worth $110 billion"
_PERSONAL_MONEY_RE = re.compile(
    r"\b(?:pay|paid|compensation|salary|salaries|bonus\w*|severance|stock awards?|net worth|fortune|wealth|his|her|donat\w*|"
    r"earn(?:s|ed|ing)?|former|ex-)\b", re.IGNORECASE)


def _person_org(sent: Span, subject: str) -> str | None:
    """The company a person speaks for, named in their title ("Nvidia CEO Jensen Huang", "Mark Papermaster, chief
    technology officer of AMD"): a figure they announce is the company's. Only through a role word, so "Jensen Huang's
    fortune" stays his."""
    for ent in _ents_in(sent):
        if ent.label_ != "PERSON" or name_key(_entity_name(ent)) != name_key(subject):
            continue
        if not (ent.root.dep_ in ("nsubj", "nsubjpass") and ent.root.head.lower_ in _ANNOUNCING_VERBS):
            continue  # "Arm CEO Rene Haas earned $16.1 million": his own; only what a person says or announces is the company's
        frontier = [(ent.root, 0, False)]
        while frontier:
            tok, depth, role = frontier.pop()
            for child in tok.children:
                if child.dep_ not in _TITLE_DEPS:
                    continue
                seen = role or child.lower_ in _ROLE_WORDS
                if seen and child.ent_type_ == "ORG" and not ent.start <= child.i < ent.end:
                    org = _entity_of(child)
                    if org is not None:
                        return _entity_name(org)
                if depth < 4:
                    frontier.append((child, depth + 1, seen))
    return None


def _within(ctx: _Salience, sentence_subject: str | None) -> _Salience:
    """The context for a sentence's later figures: its first subject is the most recent name."""
    if not sentence_subject:
        return ctx
    return replace(ctx, last=sentence_subject, kinds=dict(ctx.kinds))


# ------------------------------------------------------------------------------------------
# Public API
# ------------------------------------------------------------------------------------------


def _split_long(text: str) -> list[tuple[int, str]]:
    """Cut very long texts at sentence ends (or hard limits) so the parser stays fast and safe."""
    if len(text) <= MAX_TEXT_CHARS:
        return [(0, text)]
    pieces: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + MAX_TEXT_CHARS)
        if end < len(text):
            cut = max(text.rfind(". ", start, end), text.rfind("\n", start, end))
            if cut > start + MAX_TEXT_CHARS // 4:
                end = cut + 1
        pieces.append((start, text[start:end]))
        start = end
    return pieces


MAX_CONTEXT_CHARS = 1_000  # the end of a long context is what 'it' and 'the company' refer to


def _context_prefix(context: str | None) -> str:
    """The context to parse before a text: its first line (a title) and last sentences, then a paragraph break."""
    if not context or not context.strip():
        return ""
    context = context.strip()
    if len(context) > MAX_CONTEXT_CHARS:
        title, _, rest = context.partition("\n")
        title = title if len(title) <= 200 and rest else ""
        cut = context[-(MAX_CONTEXT_CHARS - len(title)) :]
        start = re.search(r"(?<=[.!?])\s+(?=[A-Z\"“])", cut)
        context = (title + "\n" if title else "") + (cut[start.end() :] if start else cut)
    return context + "\n\n"


def extract_claims(text: str, nlp: Language | None = None, context: str | None = None) -> list[Claim]:
    """Claims in a sentence or paragraph; offsets are relative to `text`.

    `context` (the article's title, the paragraph before) is read to know what 'it', 'the
    company' or 'the model' refer to; no claims are taken from it.
    """
    return extract_claims_batch([text], nlp, contexts=[context])[0]


_PROJECT_NAME_RE = re.compile(r"[A-Za-z0-9][\w.+-]{1,59}")


# a chip or machine read as a figure's subject ("A100", "NVIDIA B200", "M1 Max"); under a project's title the figure is the project's
_HARDWARE_SUBJECT_RE = re.compile(rf"(?:(?:nvidia|amd|intel|google|apple) )?(?:{_CHIP_NAME_RE.pattern}|m\d(?: max| pro| ultra)?\b)")


def _names_nobody(subject: str | None) -> bool:
    """A subject that leaves the figure's owner open: none, a common noun ('the script') or a chip ('on an M1 Max')."""
    return subject is None or re.fullmatch(r"[a-z][a-z' -]*", subject) is not None or \
        _HARDWARE_SUBJECT_RE.match(subject.lower()) is not None


def _project_name(context: str | None) -> str | None:
    """The project a text belongs to when its title is one bare name ('DeepSeek-V3' for a repository's README):
    the subject of figures the text states without naming anybody ('trained on 14.8T tokens')."""
    if not context:
        return None
    title = context.strip().partition("\n")[0].strip()
    return title if _PROJECT_NAME_RE.fullmatch(title) and re.search(r"[A-Za-z]", title) else None


def extract_claims_batch(
    texts: Sequence[str], nlp: Language | None = None, batch_size: int = 256,
    contexts: Sequence[str | None] | None = None,
) -> list[list[Claim]]:
    """Claims for many texts; only texts with a candidate figure or comparison are parsed.

    For several cores, `pipeline.claim_workers` runs batches of this in worker processes.
    `contexts`, one per text or None, is parsed before its text only when the text is.
    """
    results: list[list[Claim]] = [[] for _ in texts]
    jobs: list[tuple[int, int, str, list[_Candidate], bool, int]] = []
    where: dict[tuple[int, int], list[int]] = {}  # (text, offset) -> original offsets of a piece without bold marks
    for i, text in enumerate(texts):
        if not isinstance(text, str) or not text.strip():
            continue
        for offset, original in _split_long(text):
            piece, marks = strip_marks(original)
            if marks is not None:
                where[(i, offset)] = marks
            cands, qualitative = _needs_parser(piece)
            if cands or qualitative:
                prefix = strip_marks(_context_prefix(contexts[i] if contexts and offset == 0 else None))[0]
                if prefix:
                    shift = len(prefix)
                    cands = [
                        replace(c, quantity=replace(c.quantity, start=c.quantity.start + shift, end=c.quantity.end + shift))
                        for c in cands
                    ]
                jobs.append((i, offset, prefix + piece, cands, qualitative, len(prefix)))
    if not jobs:
        return results
    if nlp is None:
        from pipeline.nlp import shared_nlp

        nlp = shared_nlp()
    docs = nlp.pipe((piece for _, _, piece, _, _, _ in jobs), batch_size=batch_size)
    for (i, offset, piece, cands, qualitative, shift), doc in zip(jobs, docs):
        try:
            found = _claims_from_doc(doc, cands, qualitative, claims_from=shift, nlp=nlp)
        except Exception:  # one odd parse must not stop the batch
            log.warning("claim extraction failed for a text of %d chars", len(piece), exc_info=True)
            continue
        finally:
            doc.user_data.pop("claimwatch_ents", None)  # spans that point back at their doc: no cycle left behind
        marks = where.get((i, offset))
        project = _project_name(contexts[i] if contexts and shift else None)
        for claim in found:
            if claim.start < shift:
                continue
            claim.start -= shift
            claim.end -= shift
            if marks is not None:  # back to offsets in the text as given, bold marks and all
                claim.start, claim.end = marks[claim.start], marks[max(claim.start, claim.end - 1)] + 1
                if claim.kind == "numeric":
                    claim.surface = texts[i][offset + claim.start : offset + claim.end]
            claim.start += offset
            claim.end += offset
            if claim.kind == "numeric" and project and _names_nobody(claim.subject):
                claim.subject = project if project in texts[i] else known_spelling(project) or project
                # "The model was trained on 384 H100 GPUs" in DeepSeek-V3's README: the project's figure
            results[i].append(claim)
    return results


RECORD_FIELDS = (
    "subject", "metric", "value", "value_high", "unit", "period", "benchmark", "bound", "surface",
    "start", "end", "attribution", "hedged", "kind", "comparison",
)


def claim_to_record(claim: Claim) -> dict[str, Any]:
    """The `extract-claims` output fields of a claim."""
    return {name: getattr(claim, name) for name in RECORD_FIELDS}


_TRAILING_MEASURES = _METRIC_NOUNS | {"funding", "investment", "investments", "growth", "price", "prices", "cost", "costs",
                                      "usage", "traffic", "downloads", "capex"}
# the words of a measure written without whose it is ("Free cash flow", "net income"): `_only_a_measure`
_BARE_MEASURE_WORDS = _MEASURE_NOUNS | _TRAILING_MEASURES | {"flow", "expenses", "eps", "opex"}
# words that only say which measure, when or how it was counted: "Q4", "net", "annualised", "run-rate"
_MEASURE_QUALIFIERS = _MEASURE_MODIFIERS | {
    "q1", "q2", "q3", "q4", "h1", "h2", "fy", "first", "second", "third", "fourth", "full", "full-year", "quarter", "year", "half",
    "fiscal", "month", "annualised", "annualized", "recurring", "run-rate", "run‑rate", "run", "rate", "operating", "overall", "initial",
    "reported", "adjusted", "combined", "cumulative", "estimated", "projected", "expected", "this", "that", "last", "next",
    "latest", "record", "worldwide", "private", "public", "government", "a", "an", "our", "his", "her", "dollar", "specific",
    "related", "-specific", "-related", "robust", "strong", "higher", "lower"}


def _without_measure(subject: str, common: bool = True) -> str:
    """A subject phrase rid of the measure it ends in ("Data center revenues" -> "Data center", "Nvidia stock" -> "Nvidia");
    empty when nothing named is left ("Q4 revenue", "net income", "annual recurring revenue"). A common noun phrase
    ("cloud revenues" -> "cloud") is stripped only when `common`: where the sentence names a company, the choice
    stays with the names ("Nvidia said data center revenue was ...")."""
    words = subject.split()
    if len(words) < 2 or words[-1].strip(".,") not in _TRAILING_MEASURES:
        return subject  # "T. Rowe Price" ends in a name, not a price
    while words and (words[-1].strip(".,") in _TRAILING_MEASURES or words[-1].lower() in _MEASURE_QUALIFIERS
                     and not words[-1][:1].isupper()):
        words.pop()  # "Series A funding" keeps its "A"
    while words and re.fullmatch(r"(?:fy|cy|q[1-4]|h[12])?['’]?\d*|first|second|third|fourth|full-year|quarter|quarterly|"
                                 r"annual|this|last|the|its|their", words[0].lower()):
        words.pop(0)  # "Q1 2026 global venture funding", "Fourth quarter data center revenue": when, not who
    if words:
        words[-1] = re.sub(r"(?:['’]s?|-(?:specific|related|based))$", "", words[-1])
    named = [w for w in words if w.isupper() or w.lower() not in _MEASURE_QUALIFIERS and not re.fullmatch(
        r"(?:fy|q[1-4]|h[12])?['’]?\d+", w.lower())]  # "IT" in "worldwide IT spending" is no pronoun
    if named and not common and not any(w[:1].isupper() or re.search(r"\d", w) for w in words):
        return subject
    return " ".join(words) if named and not all(w.lower() in _GENERIC_SUBJECTS and not w.isupper() for w in named) else ""
