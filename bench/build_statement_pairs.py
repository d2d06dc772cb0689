"""Build the statement-pair sets for `claimwatch similar` from real sentences and written paraphrases.

Sources are real: the claim sentences in ../shared/data/claims and sentences of the NAEB news pages
in ../shared/data/articles. Each positive pairs a source with a paraphrase written for this set (same
facts, same figures, other words). Negatives are (1) the source with one figure changed, (2) the
paraphrase with one figure changed, and (3) another sentence on the same topic that states a
different fact. Every pair built from one source lands in the same split, dev or test, chosen by
a hash of the source id, so no sentence is seen in both.

    .venv/bin/python bench/build_statement_pairs.py
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.quantities import parse_quantities

SHARED = ROOT.parent / "shared" / "data"
OUT = ROOT / "tests" / "data"

# claim id -> a paraphrase written for this set
CLAIM_PARAPHRASES = {
    "aic-002": "In recent years Apple has bought a number of AI firms, and it reportedly wants some kind of AI on the iPhone by late 2024.",
    "aic-003": "She said LAION-5B holds 5.8 billion image-text pairs and includes all of her work and that of nearly everyone she knows.",
    "aic-009": "A highlight of the year was how developers took to Llama and Llama 2, which passed 100 million downloads while organizations worldwide kept improving them.",
    "aic-016": "Over five years, the company based in Chennai will put $791 million into the business.",
    "aic-017": "India's government approved the Semicon India Programme, with an initial outlay of Rs 76,000 crore, to build a sustainable semiconductor and display ecosystem and cut this dependency.",
    "aic-022": "Over 191,000 books were in the dataset, which was at the heart of the July suit that writers Sarah Silverman, Richard Kadrey and Christopher Golden brought against Meta.",
    "aic-031": "DeepSeek-V3 performs very well, yet its complete training took just 2.788M H800 GPU hours.",
    "aic-032": "We pre-trained DeepSeek-V3 on 14.8T tokens for only 2.664M H800 GPU hours, giving what is currently the strongest open-source base model.",
    "aic-036": "Our framework trains natively in FP8, so the weights we release are FP8 only.",
    "aic-039": "We are releasing distilled checkpoints of 1.5B, 7B, 8B, 14B, 32B and 70B, built on the Qwen2.5 and Llama3 series, as open source.",
    "aic-040": "Both DeepSeek-R1-Zero and DeepSeek-R1 were trained starting from DeepSeek-V3-Base.",
    "aic-048": "Since the Qwen3-235B-A22B base checkpoint had not been open-sourced when we did our study, we give results for Qwen2.5-72B.",
    "aic-050": "Better understanding of long contexts of 256K tokens, which can be extended to as much as 1 million tokens.",
    "aic-057": "Llama 3.1 from Meta is a family of multilingual LLMs, pretrained and instruction-tuned, that take text and produce text, offered in 8B, 70B and 405B sizes.",
    "aic-070": "The Llama 2 family that Meta built and released consists of pretrained and fine-tuned generative text LLMs ranging from 7 billion to 70 billion parameters.",
    "aic-071": "Llama 2 is available with 7B, 13B and 70B parameters, each in a pretrained and a fine-tuned version.",
    "aic-073": "Llama 2's pretraining used 2 trillion tokens of publicly available data.",
    "aic-076": "This section gives the scores of the Llama 1 and Llama 2 models on the usual academic benchmarks.",
    "aic-079": "The 1B and 3B Llama 3.2 models are smaller and weaker than Llama 3.1 405B, so we think the tests run on the 405B model cover Llama 3.2 as well.",
    "aic-080": "gpt-oss-20b, aimed at low latency and local or specialized uses, has 21B parameters of which 3.6B are active.",
    "aic-083": "With bitnet.cpp a single CPU can run a 100B BitNet b1.58 model at about human reading speed, 5-7 tokens per second, which makes running LLMs locally far more practical.",
    "aic-088": "About 40% of the examples come with an input.",
    "aic-093": "The speedrun model has 4e19 FLOPs of capability, so talking to it is a bit like chatting with a kindergartener.",
    "aic-098": "In June 2023 we presented MT-bench, a hard set of multi-turn questions for evaluating chatbots.",
    "aic-101": "Building the inference unit that serves the Mixtral model takes 576 chips in total.",
    "aic-103": "Moonshot had earlier raised $200 million from HongShan and Zhen Fund in a round valuing it at $300 million.",
    "aic-105": "In October Moonshot released Kimi, its first chatbot in China, which it says can handle 200,000 Chinese characters in one conversation, reportedly eight times what OpenAI's GPT-4-32K manages.",
    "aic-106": "Menlo Ventures, the venture firm, closed a $750 million investment in Anthropic this month.",
    "aic-108": "Please be patient: 1.5k H100s only took us this far.",
    "aic-109": "According to a person briefed on the matter, PSP Investments, the Canadian pension manager, will co-lead a round of at least $500 million in Cohere, the Toronto AI developer that rivals OpenAI.",
    "aic-118": "By my estimate ChatGPT costs $100K a day to run, which is $3M a month.",
    "aic-119": "PaLM has 540 billion parameters, the parts of a language model that are learned from its training data.",
    "aic-122": "In total, 184,320 GPU hours are needed.",
    "aic-126": "ChatGPT produces roughly 15-20 words every second.",
    "aic-127": "In the comments on the post, LawrenceC, gwern and others pointed out that GPT-4 was likely trained on at least 15,000 GPUs.",
    "aic-128": "It adds extra parameters on top and is fine-tuned on roughly another 2 trillion tokens.",
    "aic-136": "As of November 2025, ChatGPT's global monthly active users were up 180% year on year, and Gemini's were up 170%.",
    "aic-145": "Of those sales, $27 billion came from Blackwell, the company's most advanced chip generation.",
    "aic-147": "Databricks said on Monday that its revenue run rate had reached $5.4 billion, up 65% from a year earlier, with over $1.4 billion coming from AI products.",
    "aic-149": "Anthropic, a rival and also a customer, is reported to expect revenue to jump 130% to $10.9 billion in the second quarter, bringing its first operating profit.",
    "aic-163": "Government data show India's installed data center capacity grew from roughly 375 megawatts in 2020 to about 1.5 gigawatts in 2025.",
    "aic-164": "Anthropic has committed to spend more than $100 billion on AWS over 10 years, getting up to 5 GW of new compute to train and run Claude.",
    "aic-165": "Once finished, the data center should rank among the largest known sites, with 1.4 gigawatts of computing power.",
    "aic-171": "When Rubin went into production in January, the company said it would be 3.5x faster than Blackwell for training models and 5x faster for inference, reaching up to 50 petaflops.",
    "aic-172": "In the API, o3-pro costs $20 per million input tokens and $80 per million output tokens.",
    "aic-174": "From August 16, DeepSeek V4 Pro will charge $3.96 per 1 million output tokens at peak hours, over four times today's rate of $0.87.",
    "aic-178": "It says it has 8 million users worldwide and processes 100 trillion tokens a month, roughly 25 trillion a week.",
    "aic-179": "That is five times the 5 trillion tokens a week it handled only six months earlier.",
    "aic-180": "OpenRouter, the AI gateway company founded in 2023, has raised a $113 million Series B led by CapitalG, Alphabet's growth fund.",
    "aic-182": "Inkling is a mixture-of-experts model with 975 billion parameters in total, but it uses only about 41 billion of them for a given task, a common design that keeps huge models faster and cheaper.",
    "aic-187": "Google says the model has far lower latency and makes images in four seconds, so it suits people who need to iterate and produce many images quickly.",
    "aic-189": "Bloomberg first reported that Elon Musk is seeking between $79 billion and $134 billion in damages from OpenAI and Microsoft, saying the company defrauded him by abandoning its nonprofit mission.",
    "aic-194": "OpenAI also released GPT-5.3 Codex today, a new model built to supercharge Codex.",
    "aic-197": "On X, Altman promised a fix, saying that GPT-5 would \"seem smarter starting today.\"",
    "aic-199": "The dispute between Musk and OpenAI goes back to March 2024, when the xAI chief first sued, claiming OpenAI had breached its non-profit status.",
}

# (source sentence from a NAEB page, paraphrase written for this set)
NEWS_PARAPHRASES = [
    ("Ashburn said it would cost a school $572 million to withdraw from the conference.",
     "According to Ashburn, leaving the conference would cost a school $572 million."),
    ("The 11-week conflict has displaced nearly 85% of Gaza’s people and leveled wide swaths of the tiny coastal enclave.",
     "After 11 weeks of war, nearly 85% of Gaza's population has been displaced and large parts of the small coastal strip lie in ruins."),
    ("A NASA technology experiment on the International Space Station completed its first laser link with an in-orbit laser relay system on Dec. 5, 2023.",
     "On Dec. 5, 2023, a NASA technology experiment aboard the International Space Station made its first laser link with a laser relay system in orbit."),
    ("That designation applies to platforms with more than 45 million users and has so far been applied to tech groups such as Facebook, Wikipedia, and TikTok.",
     "The label covers platforms with over 45 million users, and so far it has been given to tech groups including Facebook, Wikipedia and TikTok."),
    ("The film earned 131,730,130 yen (about US$904,100) in its first three days.",
     "In its first three days the film took 131,730,130 yen, roughly US$904,100."),
    ("The 2019-launched smartphone shot 4K video at 60 frames per second, up from 1080p at 60 frames per second.",
     "Launched in 2019, the phone recorded 4K video at 60 frames per second, up from 1080p at 60 frames per second."),
    ("The last time In-N-Out added a new drink to its menu was five years ago when, in 2018, it added hot cocoa.",
     "In-N-Out last put a new drink on its menu five years ago, adding hot cocoa in 2018."),
    ("Microsoft used the developer-focused parts of its Ignite 2023 event to introduce a series of AI development tools.",
     "At the developer sessions of Ignite 2023, Microsoft unveiled a range of tools for building AI."),
    ("At a Glance      The magnitude 5.9 quake has killed at least 134 people.",
     "At least 134 people have died in the magnitude 5.9 earthquake."),
    ("Two people injured as 20-metre high tree collapses next to Christmas market.",
     "A 20-metre tree fell beside a Christmas market, injuring two people."),
    ("Every year, I test around 10 to 12 rain jackets through the soggy Pacific Northwest winter.",
     "Each year I put roughly 10 to 12 rain jackets through their paces during the wet Pacific Northwest winter."),
    ("More than 240,000 jobs have been eliminated this year due to layoffs in the tech industry.",
     "Tech industry layoffs have cut over 240,000 jobs this year."),
    ("The two European energy giants, both from countries that Moscow claims are \"unfriendly\" in the wake of its full-scale invasion of Ukraine, together hold a 60 percent stake in the drilling site in Russia's icy far north.",
     "Together the two big European energy firms, from countries Moscow calls \"unfriendly\" since it invaded Ukraine, own a 60 percent stake in the drilling site in Russia's frozen far north."),
    ("From the astrology software of the 1970s to the Co-Star app, spirituality has proliferated online.",
     "Spirituality has spread widely online, from 1970s astrology programs to the Co-Star app."),
    ("Noctua has yet to create a Noctua-themed version of the Nvidia RTX 4090 (the best GPU you can buy today).",
     "Noctua has not yet made a Noctua-branded edition of Nvidia's RTX 4090, the best graphics card on sale today."),
    ("The event happened as Pugh, 27, stood near the edge of the stage with her co-stars, including Timothée Chalamat, Austin Butler, Zendaya, and others, to take pictures.",
     "It happened while Pugh, 27, was posing for photos near the edge of the stage with co-stars such as Timothée Chalamat, Austin Butler and Zendaya."),
]

# Same topic, a different fact: pairs of real sentences (claim ids), or a source and a sentence written
# for this set that keeps the topic and changes what is said.
SAME_TOPIC_CLAIMS = [
    ("aic-031", "aic-032"), ("aic-070", "aic-071"), ("aic-071", "aic-073"), ("aic-070", "aic-073"),
    ("aic-178", "aic-179"), ("aic-178", "aic-180"), ("aic-103", "aic-105"), ("aic-189", "aic-199"),
    ("aic-145", "aic-171"), ("aic-039", "aic-040"), ("aic-057", "aic-079"), ("aic-118", "aic-126"),
    ("aic-127", "aic-128"), ("aic-147", "aic-149"), ("aic-163", "aic-165"), ("aic-164", "aic-106"),
    ("aic-119", "aic-182"), ("aic-172", "aic-174"), ("aic-036", "aic-031"), ("aic-194", "aic-197"),
]
SAME_TOPIC_WRITTEN = {
    "aic-002": "Apple has shut down several of its AI teams and does not plan to bring AI to the iPhone.",
    "aic-016": "The Chennai-based company will sell the business to a rival.",
    "aic-022": "Meta asked the court to dismiss the July lawsuit filed by Sarah Silverman and other writers.",
    "aic-036": "Our framework also provides BF16 weights converted from the FP8 checkpoint.",
    "aic-048": "We report results for Qwen3-235B-A22B because its base checkpoint was open-sourced before our study.",
    "aic-088": "Around 40% of the examples were written by humans.",
    "aic-106": "This month Menlo Ventures sold its stake in Anthropic.",
    "aic-109": "PSP Investments has pulled out of the funding round for Toronto-based Cohere.",
    "aic-136": "ChatGPT's global monthly active users fell year-over-year as of November 2025, while Gemini's grew.",
    "aic-187": "Google says the model is slower than its predecessor but produces sharper images.",
    "aic-194": "Today, OpenAI also retired an older model that powered Codex.",
    "aic-197": "Altman apologised on X, saying GPT-5 had a rough launch day.",
    "aic-199": "The lawsuit between Elon Musk and OpenAI was settled out of court in March 2024.",
    "news-04": "The designation has been removed from Facebook, Wikipedia and TikTok.",
    "news-08": "Microsoft used its Ignite 2023 event to announce layoffs in its AI development group.",
    "news-14": "Astrology apps such as Co-Star have lost most of their users.",
}

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _split(source_id: str) -> str:
    return "dev" if int(hashlib.sha256(source_id.encode()).hexdigest(), 16) % 2 == 0 else "test"


def _values(text: str) -> list[float]:
    return sorted(q.value for q in parse_quantities(text))


def change_figure(text: str, bigger: bool) -> str | None:
    """The same sentence with one figure changed, or None when no figure can be changed."""
    before = _values(text)
    for q in parse_quantities(text):
        match = _NUMBER.search(q.surface)
        if not match:
            continue
        raw = match.group(0)
        decimals = len(raw.split(".")[1]) if "." in raw and "," not in raw.split(".")[-1] else 0
        number = float(raw.replace(",", ""))
        if bigger:
            new = number * 1.5 if number >= 2 else number + 1
        else:
            new = number + 10 ** -decimals
        formatted = f"{new:,.{decimals}f}" if "," in raw else f"{new:.{decimals}f}"
        if formatted == raw:
            continue
        start = q.start + match.start()
        changed = text[:start] + formatted + text[start + len(raw) :]
        if _values(changed) != before:
            return changed
    return None


def _claims() -> dict[str, str]:
    rows = [json.loads(line) for line in (SHARED / "claims" / "ai-claims-dev.jsonl").open()]
    return {r["id"]: r["text"] for r in rows}


def build() -> dict[str, list[dict[str, object]]]:
    claims = _claims()
    sources: list[tuple[str, str, str]] = [(cid, claims[cid], para) for cid, para in CLAIM_PARAPHRASES.items()]
    bodies = " ".join(a["articleBody"] for a in json.loads((SHARED / "articles" / "articles.json").read_text()).values())
    bodies = " ".join(bodies.split())
    for n, (sentence, para) in enumerate(NEWS_PARAPHRASES, 1):
        assert " ".join(sentence.split()) in bodies, sentence
        sources.append((f"news-{n:02d}", " ".join(sentence.split()), para))
    splits: dict[str, list[dict[str, object]]] = {"dev": [], "test": []}

    def add(source_id: str, kind: str, a: str, b: str, same: bool) -> None:
        split = splits[_split(source_id)]
        split.append({"id": f"{source_id}-{kind}-{len(split)}", "a": a, "b": b, "same": same, "kind": kind})

    texts = {sid: text for sid, text, _ in sources}
    for n, (sid, text, para) in enumerate(sources):
        add(sid, "paraphrase", text, para, True)
        changed = change_figure(text, bigger=n % 2 == 0)
        if changed:
            add(sid, "different_figure", text, changed, False)
        changed_para = change_figure(para, bigger=n % 2 == 1)
        if changed_para:
            add(sid, "paraphrase_different_figure", text, changed_para, False)
        if sid in SAME_TOPIC_WRITTEN:
            add(sid, "same_topic_other_fact", text, SAME_TOPIC_WRITTEN[sid], False)
    for a, b in SAME_TOPIC_CLAIMS:
        add(a, "same_topic_other_fact", texts[a], texts[b], False)
    return splits


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, pairs in build().items():
        path = OUT / f"statement-pairs-{name}.jsonl"
        path.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pairs))
        kinds: dict[str, int] = {}
        for p in pairs:
            kinds[str(p["kind"])] = kinds.get(str(p["kind"]), 0) + 1
        print(f"{path.relative_to(ROOT)}: {len(pairs)} pairs {kinds}")


if __name__ == "__main__":
    main()
