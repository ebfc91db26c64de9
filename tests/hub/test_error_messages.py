"""Every error's ``user_facing_message`` is written for the end user (an accounting admin).

The source is the oracle here: each raise of a hub error gives its own message for the end
user, and none of those messages speaks the developer's language (headers, backticks,
snake_case names). Routing errors that Starlette raises ("Not Found") are answered in words too.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from qbdlink.hub import errors
from tests.hub.conftest import Hub

HUB_SOURCE = Path(errors.__file__).parent
ERROR_CLASSES = {
    name
    for name, value in vars(errors).items()
    if isinstance(value, type) and issubclass(value, errors.HubError)
}
# What an admin can't act on: header syntax, code formatting, identifiers, protocol words.
JARGON = re.compile(
    r"`|Authorization|Bearer|Idempotency-Key|Content-Type|Not Found|\bHTTP\b|\bJSON\b|\bnull\b"
    r"|\b[a-z]+_[a-z_]+\b"
)


def _hub_modules() -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text())) for path in sorted(HUB_SOURCE.rglob("*.py"))]


def _called_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def _literal_text(node: ast.AST) -> str:
    # The words of a message expression: literals, f-string text, concatenations, or-defaults.
    if isinstance(node, ast.Constant):
        return node.value if isinstance(node.value, str) else ""
    if isinstance(node, ast.JoinedStr):
        return "".join(_literal_text(part) for part in node.values)
    if isinstance(node, ast.BinOp):
        return _literal_text(node.left) + _literal_text(node.right)
    if isinstance(node, ast.BoolOp):
        return " ".join(_literal_text(value) for value in node.values)
    if isinstance(node, ast.IfExp):
        return _literal_text(node.body) + " " + _literal_text(node.orelse)
    return ""


def test_every_hub_error_raised_says_something_to_the_end_user() -> None:
    silent = [
        f"{path.relative_to(HUB_SOURCE)}:{call.lineno} {_called_name(call)}"
        for path, module in _hub_modules()
        for call in ast.walk(module)
        if isinstance(call, ast.Call)
        and _called_name(call) in ERROR_CLASSES
        and not any(kw.arg in ("user_facing_message", None) for kw in call.keywords)
    ]
    assert silent == []


def test_no_user_facing_message_speaks_the_developers_language() -> None:
    jargon = [
        f"{path.relative_to(HUB_SOURCE)}:{kw.value.lineno}: {_literal_text(kw.value)!r}"
        for path, module in _hub_modules()
        for kw in ast.walk(module)
        if isinstance(kw, ast.keyword)
        and kw.arg in ("user_facing_message", "default_user_message")
        and JARGON.search(_literal_text(kw.value))
    ]
    assert jargon == []


def test_each_error_class_has_a_plain_default_for_the_end_user() -> None:
    defaults = {name: getattr(errors, name).default_user_message for name in ERROR_CLASSES}
    assert [name for name, text in defaults.items() if JARGON.search(text)] == []


@pytest.mark.anyio
async def test_an_unknown_address_is_answered_in_words(hub: Hub) -> None:
    response = await hub.api("GET", "/v1/no-such-thing")
    assert response.json()["error"]["user_facing_message"] == (
        "That address doesn't exist. Check the link you followed; nothing was changed."
    )


@pytest.mark.anyio
async def test_a_wrong_method_names_the_methods_the_path_accepts(hub: Hub) -> None:
    response = await hub.api("PUT", "/v1/links")
    assert (response.status_code, "accepts" in response.json()["error"]["message"]) == (405, True)


@pytest.mark.anyio
async def test_a_request_without_a_key_tells_the_end_user_nothing_about_headers(hub: Hub) -> None:
    response = await hub.client.get("/v1/links")
    assert JARGON.search(response.json()["error"]["user_facing_message"]) is None
