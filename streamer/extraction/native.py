"""The compiled core: the same modules, compiled to C with mypyc, used only while they match the sources.

The hot stages (entities, statements, visits, ...) spend their time in many small Python steps; compiling the
unchanged, type-checked modules with mypyc removes the interpreter's share of that (README, Speed). The build
goes to ``build/mypyc`` (``python -m streamer.extraction.tools.build_native``, run by ``make install``), never next to
the sources, and carries a digest of every source it depends on. At import the digest is compared with the
sources: a fresh build is put in front of the package's search path, a stale or missing one is ignored and the
pure-Python modules run, so an edited source is always what runs. ``STREAMER_PURE_PYTHON=1`` forces the
pure-Python core.

Output is identical either way; a test compares the two on the same articles.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
REPO = PACKAGE_DIR.parents[1]
BUILD_DIR = REPO / "build" / "mypyc"
DIGEST_FILE = "SOURCES.sha256"
# Compiled: the stages and the resources' plain classes (resource_types). Not compiled: __init__ (the Extractor,
# which tests subclass and patch), resources and model (pydantic), this file.
COMPILED_MODULES = ("clean", "language", "sentences", "dates", "entities", "statements", "speakers", "visits",
                    "resource_types")


def source_digest(package_dir: Path = PACKAGE_DIR) -> str:
    """Digest of every source the compiled modules are built from or against, and of the interpreter."""
    h = hashlib.sha256(f"{sys.version}|{sys.implementation.cache_tag}".encode())
    for path in sorted(package_dir.glob("*.py")) + [package_dir.parent / "errors.py"]:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def fresh_build(build_dir: Path = BUILD_DIR, package_dir: Path = PACKAGE_DIR) -> Path | None:
    """The build directory when it holds a build of exactly the current sources, else None."""
    if os.environ.get("STREAMER_PURE_PYTHON", "") not in ("", "0"):
        return None
    try:
        recorded = (build_dir / DIGEST_FILE).read_text().strip()
    except OSError:
        return None
    if recorded != source_digest(package_dir):
        return None
    if not all(any((build_dir / "streamer" / "extraction").glob(f"{m}.*.so")) for m in COMPILED_MODULES):
        return None
    return build_dir


def activate(package_path: list[str]) -> bool:
    """Put a fresh build in front of the extraction package's search path; True when the compiled core runs."""
    build = fresh_build()
    if build is None:
        return False
    if str(build) not in sys.path:
        sys.path.append(str(build))  # mypyc's shared runtime module is imported by its top-level name
    package_path.insert(0, str(build / "streamer" / "extraction"))
    return True


def is_compiled() -> bool:
    """Whether the entity stage that is loaded is the compiled one."""
    from streamer.extraction import entities

    return not str(entities.__file__).endswith(".py")


def build(build_dir: Path = BUILD_DIR) -> int:
    """Compile a copy of the current sources with mypyc into `build_dir`; 0 on success."""
    with tempfile.TemporaryDirectory(prefix="streamer-mypyc-") as tmp:
        work = Path(tmp)
        shutil.copytree(PACKAGE_DIR.parent, work / "streamer", ignore=shutil.ignore_patterns("__pycache__", "*.so"))
        digest = source_digest(work / "streamer" / "extraction")  # of the copy compiled, whatever changes meanwhile
        # The copy has no pyproject.toml: the type check mypyc needs is told that untyped libraries are fine.
        (work / "mypy.ini").write_text("[mypy]\npython_version = 3.11\nignore_missing_imports = True\n"
                                       "plugins = pydantic.mypy\n")
        targets = [f"streamer/extraction/{m}.py" for m in COMPILED_MODULES]
        mypyc = [sys.executable, "-m", "mypyc", *targets]
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "MYPYPATH")}
        done = subprocess.run(mypyc, cwd=work, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if done.returncode != 0:
            print(done.stdout[-4000:], file=sys.stderr)
            return done.returncode
        if build_dir.exists():
            shutil.rmtree(build_dir)
        (build_dir / "streamer" / "extraction").mkdir(parents=True)
        for so in (work / "streamer" / "extraction").glob("*.so"):
            shutil.copy2(so, build_dir / "streamer" / "extraction" / so.name)
        for so in work.glob("*__mypyc*.so"):
            shutil.copy2(so, build_dir / so.name)
        (build_dir / DIGEST_FILE).write_text(digest + "\n")
    return 0
