"""Release names and versions, as hub and connector both read them."""

from __future__ import annotations

import pytest

from qbdlink.agentapi import parse_version, platform_tag, release_file_name


def test_versions_compare_as_numbers_and_trailing_zeros_do_not_count() -> None:
    assert parse_version("1.10.0") > parse_version("1.9.9")
    assert parse_version("2") == parse_version("2.0") == parse_version("2.0.0")


@pytest.mark.parametrize("text", ["", "1.4.0rc1", "v1.4", "1..4", "1.4.", "-1", "1 .4"])
def test_anything_but_dotted_numbers_is_not_a_release_version(text: str) -> None:
    with pytest.raises(ValueError, match="not a release version"):
        parse_version(text)


def test_platforms_and_names_are_spelled_one_way() -> None:
    assert platform_tag("Windows", "AMD64") == "windows-x86_64"
    assert platform_tag("Linux", "aarch64") == "linux-arm64"
    assert platform_tag("Darwin", "arm64") == "macos-arm64"
    assert (
        release_file_name("1.4.0", "windows-x86_64") == "qbdlink-connector-1.4.0-windows-x86_64.exe"
    )
    assert release_file_name("1.4.0", "linux-x86_64") == "qbdlink-connector-1.4.0-linux-x86_64"
