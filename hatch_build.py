"""Hatch build hook: compile the Cython fast paths: the qbXML decoder (``qbxml/_accel.pyx``)
and the hub's JSON writer of stored records (``hub/records/_jsonwriter.pyx``).

Each builds in place (``src/qbdlink/qbxml/_accel.*.so``...) so editable installs find it, and
ships in wheels. ``QBDLINK_NO_ACCEL=1`` skips it; the pure-Python decoder then does the same work,
slower (see docs/decisions.md).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

# Module name -> source; each needs lxml's headers or none.
SOURCES = {
    "qbdlink.qbxml._accel": Path("src/qbdlink/qbxml/_accel.pyx"),
    "qbdlink.hub.records._jsonwriter": Path("src/qbdlink/hub/records/_jsonwriter.pyx"),
}


class AccelBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    """Compiles the Cython modules (``_accel`` against lxml's public C API)."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if os.environ.get("QBDLINK_NO_ACCEL") or self.target_name not in ("wheel", "editable"):
            return
        import lxml
        from Cython.Build import cythonize
        from setuptools import Distribution, Extension
        from setuptools.command.build_ext import build_ext

        root = Path(self.root)
        extensions = [
            Extension(name, [str(root / source)], include_dirs=lxml.get_include())
            for name, source in SOURCES.items()
        ]
        with tempfile.TemporaryDirectory() as scratch:
            modules = cythonize(
                extensions,
                quiet=True,
                build_dir=scratch,
                compiler_directives={"language_level": "3"},
            )
            distribution = Distribution({"ext_modules": modules, "name": "qbdlink-accel"})
            command = build_ext(distribution)
            command.build_lib = str(Path(scratch) / "lib")
            command.build_temp = str(Path(scratch) / "tmp")
            command.ensure_finalized()
            command.run()
            for name, source in SOURCES.items():
                stem = name.rsplit(".", 1)[1]
                (built,) = Path(command.build_lib).rglob(f"{stem}.*")
                target = root / source.parent / built.name
                # Copy then rename: a process that has the old module loaded keeps its inode
                # (overwriting a loaded shared object in place crashes that process).
                staging = target.with_name(target.name + ".tmp")
                shutil.copy2(built, staging)
                os.replace(staging, target)
                build_data["artifacts"].append(str(target.relative_to(root)))
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
