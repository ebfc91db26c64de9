"""Connector tokens: encrypted 0600 files where there is no keyring; never in clear."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from qbdlink.connector.secrets import FileTokenStore, token_store

TOKEN = "qbt_" + "S3cr3tT0ken-with_enough-entropy-42xyzABCDEFG"


def test_a_kept_token_reads_back(tmp_path: Path) -> None:
    store = FileTokenStore(tmp_path)

    store.set("lnk_1", TOKEN)

    assert store.get("lnk_1") == TOKEN


def test_an_unknown_link_has_no_token(tmp_path: Path) -> None:
    assert FileTokenStore(tmp_path).get("lnk_1") is None


def test_tokens_are_kept_per_link(tmp_path: Path) -> None:
    store = FileTokenStore(tmp_path)
    store.set("lnk_1", TOKEN)
    store.set("lnk_2", "qbt_other")

    assert (store.get("lnk_1"), store.get("lnk_2")) == (TOKEN, "qbt_other")


def test_a_new_store_on_the_same_folder_reads_the_token(tmp_path: Path) -> None:
    FileTokenStore(tmp_path).set("lnk_1", TOKEN)

    assert FileTokenStore(tmp_path).get("lnk_1") == TOKEN


def test_the_token_and_key_files_are_private(tmp_path: Path) -> None:
    FileTokenStore(tmp_path).set("lnk_1", TOKEN)

    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in tmp_path.iterdir()}

    assert modes == {"tokens.enc": 0o600, "tokens.key": 0o600}


def test_the_token_never_appears_in_clear_in_any_file(tmp_path: Path) -> None:
    store = FileTokenStore(tmp_path)
    store.set("lnk_1", TOKEN)
    store.set("lnk_2", "qbt_other")

    leaked = [p.name for p in tmp_path.rglob("*") if TOKEN.encode() in p.read_bytes()]

    assert leaked == []


def test_a_replaced_key_file_makes_tokens_unreadable(tmp_path: Path) -> None:
    store = FileTokenStore(tmp_path)
    store.set("lnk_1", TOKEN)
    store.key_path.write_bytes(Fernet.generate_key())

    assert store.get("lnk_1") is None


def test_a_key_file_replaced_by_garbage_makes_tokens_unreadable_not_a_crash(
    tmp_path: Path,
) -> None:
    store = FileTokenStore(tmp_path)
    store.set("lnk_1", TOKEN)
    store.key_path.write_bytes(b"not a key\n")

    assert store.get("lnk_1") is None


def test_after_a_lost_key_a_new_token_can_be_kept(tmp_path: Path) -> None:
    store = FileTokenStore(tmp_path)
    store.set("lnk_1", TOKEN)
    store.key_path.write_bytes(b"not a key\n")

    store.set("lnk_2", "qbt_new")

    assert (store.get("lnk_1"), store.get("lnk_2")) == (None, "qbt_new")


def test_a_deleted_key_file_makes_tokens_unreadable(tmp_path: Path) -> None:
    store = FileTokenStore(tmp_path)
    store.set("lnk_1", TOKEN)
    store.key_path.unlink()

    assert store.get("lnk_1") is None


def test_delete_forgets_only_that_token(tmp_path: Path) -> None:
    store = FileTokenStore(tmp_path)
    store.set("lnk_1", TOKEN)
    store.set("lnk_2", "qbt_other")

    store.delete("lnk_1")

    assert (store.get("lnk_1"), store.get("lnk_2")) == (None, "qbt_other")


def test_deleting_an_unknown_token_is_harmless(tmp_path: Path) -> None:
    store = FileTokenStore(tmp_path)

    store.delete("lnk_1")

    assert store.get("lnk_1") is None


def test_no_temporary_file_is_left(tmp_path: Path) -> None:
    store = FileTokenStore(tmp_path)
    store.set("lnk_1", TOKEN)
    store.delete("lnk_1")

    assert sorted(p.name for p in tmp_path.iterdir()) == ["tokens.enc", "tokens.key"]


def test_token_store_honours_qbdlink_token_store_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QBDLINK_TOKEN_STORE", "FILE")

    store = token_store(tmp_path)

    assert isinstance(store, FileTokenStore)
    assert store.path == tmp_path / "tokens.enc"


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_permissive_umask_does_not_loosen_the_files(tmp_path: Path) -> None:
    previous = os.umask(0)
    try:
        FileTokenStore(tmp_path).set("lnk_1", TOKEN)
    finally:
        os.umask(previous)

    assert {stat.S_IMODE(p.stat().st_mode) for p in tmp_path.iterdir()} == {0o600}
