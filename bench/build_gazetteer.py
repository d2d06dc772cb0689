"""Build pipeline/gazetteer.json: curated AI organisations, models, chips, benchmarks and countries,
plus model and organisation names from Epoch AI's "Notable AI Models" table (CC BY 4.0).

Run from the project root:  python bench/build_gazetteer.py [path/to/epoch-notable-ai-models.csv]
The CSV is read, never copied; only names (and the organisation of each model) are kept.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CSV = ROOT.parent / "shared" / "data" / "reference" / "epoch-notable-ai-models.csv"
OUT = ROOT / "pipeline" / "gazetteer.json"

# name: aliases. Curated because news uses these names far more than the table's long forms.
ORGS: dict[str, list[str]] = {
    "OpenAI": [], "Anthropic": [], "Google": ["Alphabet"], "Google DeepMind": ["DeepMind"],
    "Meta": ["Meta AI", "Meta Platforms", "Facebook AI Research", "FAIR"],
    "Microsoft": ["Microsoft Research"], "Nvidia": ["NVIDIA"], "AMD": ["Advanced Micro Devices"],
    "Intel": [], "Huawei": [], "Alibaba": ["Alibaba Cloud", "Alibaba Group", "Qwen Team"],
    "Baidu": [], "Tencent": [], "ByteDance": [], "DeepSeek": ["DeepSeek AI", "DeepSeek-AI"],
    "Moonshot AI": ["Moonshot"], "Zhipu AI": ["Zhipu", "Z.ai"], "MiniMax": [],
    "Mistral AI": ["Mistral"], "Cohere": [], "xAI": [], "Apple": [], "Amazon": ["Amazon Web Services", "AWS"],
    "IBM": [], "Databricks": [], "OpenRouter": [], "Hugging Face": ["HuggingFace"],
    "Stability AI": [], "Inflection AI": ["Inflection"], "Character.AI": ["Character AI"],
    "Perplexity": ["Perplexity AI"], "Scale AI": [], "CoreWeave": [], "Oracle": [], "TSMC": [],
    "Samsung": ["Samsung Electronics"], "SK Hynix": ["SK hynix"], "Groq": [], "Cerebras": [],
    "SambaNova": [], "Graphcore": [], "Tesla": [], "SoftBank": [], "Arm": [], "Qualcomm": [],
    "Broadcom": [], "Micron": [], "Salesforce": [], "Snowflake": [], "Palantir": [], "Adobe": [],
    "Midjourney": [], "Runway": [], "Perplexity AI": [], "Figure AI": [], "Safe Superintelligence": ["SSI"],
    "Thinking Machines Lab": ["Thinking Machines"], "Reka": [], "AI21 Labs": ["AI21"],
    "Aleph Alpha": [], "01.AI": [], "Baichuan": [], "iFlytek": [], "SenseTime": [], "Kuaishou": [],
    "Xiaomi": [], "Upstage": [], "Naver": ["NAVER"], "LG AI Research": [], "Sakana AI": [],
    "Allen Institute for AI": ["AI2", "Ai2"], "EleutherAI": [], "LAION": [], "Together AI": [],
    "Fireworks AI": [], "Replicate": [], "Lambda": ["Lambda Labs"], "Crusoe": [], "Nebius": [],
    "Anysphere": ["Cursor"], "Cognition": [], "Harvey": [], "Glean": [], "Writer": [],
    "Menlo Ventures": [], "Sequoia Capital": ["Sequoia"], "Andreessen Horowitz": ["a16z"],
    "Lightspeed Venture Partners": ["Lightspeed"], "Tiger Global": [], "CapitalG": [],
    "IDC": [], "Gartner": [], "Counterpoint Research": ["Counterpoint"], "Canalys": [],
    "Sensor Tower": [], "Similarweb": [], "Epoch AI": [], "SemiAnalysis": [], "Bloomberg": [],
    "Reuters": [], "The Information": [], "Wall Street Journal": ["WSJ", "The Wall Street Journal"],
    "Financial Times": ["FT"], "CNBC": [], "TechCrunch": [], "The Verge": [],
    "Murugappa Group": [], "Tata": ["Tata Group"], "Reliance": ["Reliance Industries"],
    "Infosys": [], "Wipro": [], "HCLTech": [], "Foxconn": [], "Supermicro": ["Super Micro"],
    "Dell": [], "HPE": ["Hewlett Packard Enterprise"], "Cisco": [], "Meta Superintelligence Labs": [],
    "Unitree": ["Unitree Robotics"], "StepFun": [], "Cambricon": ["Cambricon Technologies"],
    "SMIC": ["Semiconductor Manufacturing International Corporation"], "Moore Threads": [], "Biren": ["Biren Technology"],
    "MetaX": [], "Volcano Engine": [], "QuestMobile": [],
    "CAICT": ["China Academy of Information and Communications Technology"],
    "CNNIC": ["China Internet Network Information Center"],
    "MIIT": ["Ministry of Industry and Information Technology"], "Cyberspace Administration of China": ["CAC"],
}
MODELS: dict[str, list[str]] = {
    "ChatGPT": [], "GPT-3": ["GPT3"], "GPT-3.5": ["GPT-3.5 Turbo"], "GPT-4": ["GPT4"], "GPT-4o": [],
    "GPT-4o mini": [], "GPT-4.1": [], "GPT-4.5": [], "GPT-5": [], "GPT-5.1": [], "GPT-5.2": [],
    "o1": [], "o1-mini": [], "o3": [], "o3-mini": [], "o3-pro": [], "o4-mini": [], "gpt-oss-20b": [],
    "gpt-oss-120b": [], "Sora": [], "DALL-E": ["DALL·E", "DALL-E 3"], "Codex": [], "Whisper": [],
    "Claude": [], "Claude 3": [], "Claude 3.5 Sonnet": [], "Claude 3.7 Sonnet": [], "Claude Opus 4": [],
    "Claude Sonnet 4": [], "Claude Opus 4.5": [], "Claude Sonnet 4.5": [], "Claude Haiku 4.5": [],
    "Gemini": [], "Gemini 1.5 Pro": [], "Gemini 2.0 Flash": [], "Gemini 2.5 Pro": [],
    "Gemini 2.5 Flash": [], "Gemini 3 Pro": [], "Gemma": [], "Gemma 2": [], "Gemma 3": [],
    "PaLM": [], "PaLM 2": [], "Bard": [], "LaMDA": [], "Nano Banana": [], "Veo": [], "Imagen": [],
    "Llama": ["LLaMA"], "Llama 2": ["LLaMA 2", "Llama2", "LLaMA-2"], "Llama 3": ["Llama3", "LLaMA 3"],
    "Llama 3.1": ["Llama3.1"], "Llama 3.2": [], "Llama 3.3": [], "Llama 4": [],
    "Llama 4 Scout": [], "Llama 4 Maverick": [], "Llama 4 Behemoth": [],
    "DeepSeek-V2": [], "DeepSeek-V3": ["DeepSeek V3"], "DeepSeek-V3.1": [], "DeepSeek-V3.2": [],
    "DeepSeek-R1": ["DeepSeek R1"], "DeepSeek-R1-Zero": [], "DeepSeek-R1-Distill": [],
    "DeepSeek V4": ["DeepSeek-V4"], "DeepSeek V4 Pro": [], "DeepSeek-Coder": [],
    "Qwen": ["Tongyi Qianwen"], "Qwen1.5": [], "Qwen2": [], "Qwen2.5": [], "Qwen3": [],
    "Qwen3-235B-A22B": [], "Qwen3-Instruct-2507": [], "QwQ-32B": [],
    "Mistral 7B": [], "Mixtral": ["Mixtral 8x7B"], "Mistral Large": [], "Codestral": [],
    "Grok": [], "Grok 3": [], "Grok 4": [], "Kimi": ["Kimi Chat"], "Kimi K2": [],
    "GLM-4": [], "GLM-4.5": [], "ChatGLM": [], "ERNIE": ["Ernie Bot", "ERNIE Bot"], "Hunyuan": [],
    "Doubao": [], "MiniMax-M1": [], "MiniMax-M2": [], "Yi-34B": [], "Falcon": ["Falcon 180B"],
    "Phi-3": [], "Phi-4": [], "Copilot": ["Microsoft Copilot", "GitHub Copilot"], "Command R": [],
    "BitNet b1.58": ["BitNet"], "bitnet.cpp": [], "Stable Diffusion": [], "Midjourney": [],
    "BLOOM": [], "OPT-175B": [], "Chinchilla": [], "Gopher": [], "BERT": [], "T5": [],
    "Inkling": [], "Nemotron": [], "Olmo": ["OLMo"], "Alpaca": [], "Vicuna": [], "MPT-30B": [],
    "Le Chat": [], "Yuanbao": ["Tencent Yuanbao"], "NotebookLM": [], "Copilot Studio": [],
}
CHIPS: dict[str, list[str]] = {
    "H100": ["H100 GPU", "Nvidia H100"], "H200": [], "H800": [], "H20": [], "A100": [], "A800": [],
    "V100": [], "B100": [], "B200": [], "GB200": [], "GB300": [], "B300": [],
    "Blackwell": ["Nvidia Blackwell"], "Hopper": [], "Rubin": ["Nvidia Rubin", "Vera Rubin"],
    "Grace Hopper": ["GH200"], "MI300X": ["Instinct MI300X"], "MI325X": [], "MI355X": [],
    "TPU": ["TPUs"], "TPU v4": [], "TPU v5e": [], "TPU v5p": [], "Trillium": [], "Ironwood": [],
    "Trainium": ["Trainium2"], "Inferentia": [], "Ascend 910B": ["Ascend 910"], "Ascend": [],
    "Gaudi 3": ["Gaudi"], "Maia 100": [], "LPU": [], "WSE-3": [], "CS-3": [], "SuperPoD": [],
    "DGX": [], "CUDA": [],
}
# Consumer products named as often as their makers: "accounts on Instagram" is not "Meta".
PRODUCTS: dict[str, tuple[str, list[str]]] = {
    "Facebook": ("Meta", []), "Instagram": ("Meta", []), "WhatsApp": ("Meta", []),
    "YouTube": ("Google", []), "Android": ("Google", []),
}
BENCHMARKS: list[str] = [
    "MMLU", "MMLU-Pro", "MMLU-Redux", "GSM8K", "MATH", "MATH-500", "HumanEval", "MBPP", "GPQA",
    "GPQA Diamond", "SWE-bench", "SWE-bench Verified", "AIME", "AIME 2024", "AIME 2025", "ARC",
    "ARC-AGI", "ARC-Challenge", "HellaSwag", "WinoGrande", "TruthfulQA", "MT-bench", "MT-Bench",
    "AlpacaEval", "Arena-Hard", "Chatbot Arena", "LMArena", "LiveCodeBench", "BIG-bench", "BBH",
    "DROP", "Humanity's Last Exam", "HLE", "Codeforces", "SimpleQA", "MMMU", "MathVista",
    "IFEval", "C-Eval", "CMMLU", "TriviaQA", "Natural Questions", "SQuAD", "GLUE", "SuperGLUE",
    "ImageNet", "Terminal-Bench", "tau-bench", "BrowseComp", "FrontierMath", "OSWorld", "MLPerf",
    "LongBench", "RULER", "Needle in a Haystack", "MGSM", "PIQA", "BoolQ", "OpenBookQA",
    "SWE-bench Pro", "SWE-bench Lite", "GAIA", "HaluEval", "Cybench", "WebArena", "MLE-bench", "ScreenSpot-Pro",
    "OSWorld-Verified", "OSWorld-G", "tau2-bench", "HarmBench", "AgentHarm", "StrongREJECT", "JailbreakBench", "AdvBench",
    "XSTest",
]
COUNTRIES: dict[str, list[str]] = {
    "United States": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
    "China": ["PRC", "People's Republic of China", "mainland China"], "India": [],
    "United Kingdom": ["UK", "U.K.", "Britain", "Great Britain"], "European Union": ["EU", "E.U."],
    "Japan": [], "South Korea": ["Korea"], "Taiwan": [], "Germany": [], "France": [], "Canada": [],
    "Israel": [], "Singapore": [], "United Arab Emirates": ["UAE"], "Saudi Arabia": [],
    "Russia": [], "Brazil": [], "Australia": [], "Netherlands": [], "Switzerland": [], "Sweden": [],
    "Spain": [], "Italy": [], "Ireland": [], "Indonesia": [], "Vietnam": [], "Malaysia": [],
    "Thailand": [], "Mexico": [], "Qatar": [], "Hong Kong": [], "Finland": [], "Norway": [],
    "Denmark": [], "Poland": [], "Turkey": [], "Egypt": [], "Nigeria": [], "Kenya": [],
    "South Africa": [], "Pakistan": [], "Bangladesh": [], "Philippines": [], "Argentina": [],
    "Chile": [], "Colombia": [], "Ukraine": [], "Iran": [], "Austria": [], "Belgium": [],
    "New Zealand": [], "Portugal": [], "Greece": [], "Czech Republic": [], "Kazakhstan": [],
}

_PAREN = re.compile(r"\s*\(([^()]*)\)\s*")
_ASCII_PUNCT = str.maketrans({"·": "-", "‧": "-", "’": "'", "‘": "'", "–": "-", "—": "-", "×": "x", "\xa0": " "})
_STOP_NAMES = {
    "transformer", "mercury", "fgn", "mamba", "go", "a.x k1", "agent", "network", "model",
    "mercury coder", "rnn", "lstm", "gan", "vae", "cnn", "ppo", "dqn",
    # ordinary words and technical terms that name a model in the table but mean something else in news
    "ssd", "fast", "gsm", "iss", "lda", "gnn", "sde", "bpe", "adam", "relu", "gans", "grus", "batchnorm",
    "dropout", "boosting", "boxes", "infinity", "switch", "swift", "golem", "florence", "pandemonium",
    "theseus", "unicorn", "sphinx", "ditto", "core", "align", "plug", "goat", "glee",
    "curl", "kepler", "impala", "luke", "jft", "perceptron", "cognitron", "seer",
}


def _clean_name(raw: str) -> tuple[str, list[str]]:
    """'Gemini 2.5 Flash Image (Nano Banana)' -> ('Gemini 2.5 Flash Image', ['Nano Banana'])."""
    name = " ".join(raw.split())
    extras = [m.group(1).strip() for m in _PAREN.finditer(name)]
    name = _PAREN.sub(" ", name).strip().rstrip("†‡*")
    aliases = [
        e for e in extras
        if e and not re.search(r"\b(?:19|20)\d\d\b|\b\d+(?:\.\d+)?[BMK]\b|preview|^[a-z]", e)
        and len(e) <= 30 and re.fullmatch(r"[\x00-\x7f]+", e) and _abbreviates(e, name)
    ]
    folded = _ascii_spelling(name)
    if folded and folded != name:
        aliases.append(folded)
    return name, aliases


def _ascii_spelling(name: str) -> str | None:
    """'NÜWA' -> 'NUWA', 'DALL·E 2' -> 'DALL-E 2', "Xi’an" -> "Xi'an"; None for 'λ-WASP' or 'PanGu-Σ'.

    Names keep the table's spelling, since text written by the model's makers uses it; the plain-ASCII
    spelling that news often types is an alias. A letter with no ASCII form is not dropped, which
    would leave another name ('-WASP', 'PanGu-').
    """
    text = name.translate(_ASCII_PUNCT)
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return text if text.isascii() else None


def _abbreviates(a: str, b: str) -> bool:
    """'SDXL' for 'Stable Diffusion XL', 'CMU' for 'Carnegie Mellon University' (either way round).

    The table's parentheses also hold data sets and settings ('CIFAR-10', 'Python'); only
    abbreviations are aliases.
    """
    def letters(text: str) -> str:
        return re.sub(r"[^A-Z]", "", text.upper())

    for short, long in ((a, b), (b, a)):
        it = iter(letters(long))
        if len(letters(short)) >= 2 and letters(long)[:1] == letters(short)[:1] and all(ch in it for ch in letters(short)):
            return True
    return False


def _usable(name: str) -> bool:
    """Names too short or too common to find in text without false matches are left out."""
    if len(name) < 3 or name.lower() in _STOP_NAMES or not name[0].isalnum():
        return False
    if re.fullmatch(r"[A-Z][a-z]+", name) and len(name) < 5:
        return False
    return bool(re.search(r"[A-Za-z]", name))


def build(csv_path: Path) -> dict[str, object]:
    entities: dict[str, dict[str, object]] = {}
    seen_keys: dict[str, str] = {}

    def key(text: str) -> str:
        return re.sub(r"[\s_\-·]+", "", text.lower())

    def add(name: str, kind: str, aliases: list[str], source: str, org: str | None = None) -> None:
        if name not in entities and key(name) in seen_keys:
            return  # already known under a curated name ("DeepMind" is Google DeepMind)
        aliases = [a for a in aliases if key(a) not in seen_keys or seen_keys[key(a)] == name]
        for text in [name, *aliases]:
            seen_keys.setdefault(key(text), name)
        if name in entities:
            known = entities[name]["aliases"]
            assert isinstance(known, list)
            known.extend(a for a in aliases if a not in known and a != name)
            return
        entry: dict[str, object] = {"name": name, "type": kind, "aliases": list(dict.fromkeys(aliases)),
                                    "source": source}
        if org:
            entry["org"] = org
        entities[name] = entry

    for name, aliases in ORGS.items():
        add(name, "org", aliases, "curated")
    for name, aliases in MODELS.items():
        add(name, "model", aliases, "curated")
    for name, aliases in CHIPS.items():
        add(name, "chip", aliases, "curated")
    for name, (maker, aliases) in PRODUCTS.items():
        add(name, "product", aliases, "curated", maker)
    for name in BENCHMARKS:
        add(name, "benchmark", [], "curated")
    for name, aliases in COUNTRIES.items():
        add(name, "country", aliases, "curated")

    with csv_path.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    org_counts = Counter(o.strip() for r in rows for o in (r.get("Organization") or "").split(","))
    for row in rows:
        name, aliases = _clean_name(row.get("Model") or "")
        if not _usable(name):
            continue
        org = (row.get("Organization") or "").split(",")[0].strip() or None
        add(name, "model", [a for a in aliases if _usable(a)], "Epoch AI", org)
    for org, count in org_counts.items():
        name, aliases = _clean_name(org)
        if count >= 2 and _usable(name) and "/" not in name:
            add(name, "org", [a for a in aliases if _usable(a) and len(a) >= 3], "Epoch AI")
    return {
        "attribution": (
            "Curated names by claimwatch; model and organisation names marked source 'Epoch AI' come from "
            "Epoch AI, 'Notable AI Models' (https://epoch.ai/data/notable-ai-models), CC BY 4.0."
        ),
        "entities": sorted(entities.values(), key=lambda e: (str(e["type"]), str(e["name"]).lower())),
    }


def main() -> None:
    csv_path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CSV
    data = build(csv_path)
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    entities = data["entities"]
    assert isinstance(entities, list)
    print(f"wrote {len(entities)} entities to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
