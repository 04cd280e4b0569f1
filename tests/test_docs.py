"""Every route and setting a user can reach is documented in the README."""

from __future__ import annotations

import re

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_docs_every_api_route_is_in_the_readme(tmp_path) -> None:
    from rayzan.api import create_app

    paths = create_app(db=str(tmp_path / "docs.db")).openapi()["paths"]
    for path, operations in paths.items():
        for method in operations:
            assert f"`{method.upper()} {path}`" in README, f"{method.upper()} {path} is not documented in README.md"


def test_docs_every_environment_setting_is_in_the_readme() -> None:
    used = set()
    for source in (ROOT / "src" / "rayzan").rglob("*.py"):
        used |= set(re.findall(r"""environ(?:\.get)?\(\s*["'](RAYZAN_[A-Z_]+)""", source.read_text(encoding="utf-8")))
        used |= set(re.findall(r"""environ\[\s*["'](RAYZAN_[A-Z_]+)""", source.read_text(encoding="utf-8")))
        used |= set(re.findall(r"""_ENV\s*=\s*["'](RAYZAN_[A-Z_]+)""", source.read_text(encoding="utf-8")))
    assert used, "expected settings read from the environment"
    for name in sorted(used):
        assert f"`{name}`" in README, f"setting {name} is not documented in README.md"
