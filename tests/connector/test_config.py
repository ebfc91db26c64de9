"""The connector's config: machine id, links, hub URLs, atomic saves."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from qbdlink.connector import config as config_module
from qbdlink.connector.config import DEFAULT_HUB_URLS, ConnectorConfig, LinkEntry
from qbdlink.connector.errors import NotLinked


def _entry(name: str, link_id: str) -> LinkEntry:
    return LinkEntry(name=name, link_id=link_id, region="us", hub_url="http://127.0.0.1:8001")


@pytest.fixture
def no_hub_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QBDLINK_HUB_URL_US", raising=False)
    monkeypatch.delenv("QBDLINK_HUB_URL_CA", raising=False)


def test_load_creates_a_config_with_a_machine_id_on_first_run(tmp_path: Path) -> None:
    path = tmp_path / "connector.json"

    config = config_module.load(path)

    assert json.loads(path.read_text())["machine_id"] == config.machine_id


def test_the_machine_id_is_kept_across_loads(tmp_path: Path) -> None:
    path = tmp_path / "connector.json"
    first = config_module.load(path)

    again = config_module.load(path)

    assert again.machine_id == first.machine_id


def test_links_survive_a_save_and_load(tmp_path: Path) -> None:
    path = tmp_path / "connector.json"
    config = config_module.load(path)
    config.upsert(_entry("Acme", "lnk_1"))
    config_module.save(config, path)

    assert config_module.load(path).links == [_entry("Acme", "lnk_1")]


def test_save_leaves_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "connector.json"

    config_module.save(ConnectorConfig(), path)
    config_module.save(ConnectorConfig(), path)

    assert sorted(p.name for p in tmp_path.iterdir()) == ["connector.json"]


def test_save_creates_the_folder(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "connector.json"

    config_module.save(ConnectorConfig(), path)

    assert path.is_file()


def test_connector_home_moves_the_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QBDLINK_CONNECTOR_HOME", str(tmp_path))

    config_module.load()

    assert (tmp_path / "connector.json").is_file()


def test_connector_home_moves_the_logs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QBDLINK_CONNECTOR_HOME", str(tmp_path))

    assert config_module.log_dir() == tmp_path / "logs"


def test_upsert_adds_a_new_link() -> None:
    config = ConnectorConfig()

    config.upsert(_entry("Acme", "lnk_1"))
    config.upsert(_entry("Birch", "lnk_2"))

    assert [e.name for e in config.links] == ["Acme", "Birch"]


def test_upsert_replaces_the_link_with_the_same_id() -> None:
    config = ConnectorConfig(links=[_entry("Acme", "lnk_1"), _entry("Birch", "lnk_2")])

    config.upsert(_entry("Acme Properties", "lnk_1"))

    assert sorted(e.name for e in config.links) == ["Acme Properties", "Birch"]


def test_find_matches_a_name_whatever_its_case() -> None:
    config = ConnectorConfig(links=[_entry("Acme Properties", "lnk_1")])

    assert config.find("ACME properties").link_id == "lnk_1"


def test_find_matches_a_link_id() -> None:
    config = ConnectorConfig(links=[_entry("Acme", "lnk_1"), _entry("Birch", "lnk_2")])

    assert config.find("lnk_2").name == "Birch"


def test_an_unknown_name_lists_the_linked_companies() -> None:
    config = ConnectorConfig(links=[_entry("Acme", "lnk_1"), _entry("Birch", "lnk_2")])

    with pytest.raises(NotLinked) as caught:
        config.find("Cedar")

    assert caught.value.user_facing_message == (
        "There is no linked company called 'Cedar'. Linked companies: Acme, Birch."
    )


def test_an_unknown_name_with_no_links_says_none_yet() -> None:
    with pytest.raises(NotLinked, match="none yet"):
        ConnectorConfig().find("Acme")


def test_remove_forgets_only_that_link() -> None:
    config = ConnectorConfig(links=[_entry("Acme", "lnk_1"), _entry("Birch", "lnk_2")])

    config.remove("lnk_1")

    assert [e.link_id for e in config.links] == ["lnk_2"]


@pytest.mark.usefixtures("no_hub_env")
def test_the_hub_url_defaults_to_the_built_in_one() -> None:
    assert ConnectorConfig().hub_url_for("ca") == DEFAULT_HUB_URLS["ca"]


@pytest.mark.usefixtures("no_hub_env")
def test_the_config_hub_url_beats_the_default() -> None:
    config = ConnectorConfig(hub_urls={"us": "http://127.0.0.1:8001/"})

    assert config.hub_url_for("us") == "http://127.0.0.1:8001"


@pytest.mark.usefixtures("no_hub_env")
def test_the_environment_beats_the_config(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QBDLINK_HUB_URL_US", "http://127.0.0.1:8002")
    config = ConnectorConfig(hub_urls={"us": "http://127.0.0.1:8001"})

    assert config.hub_url_for("us") == "http://127.0.0.1:8002"


@pytest.mark.usefixtures("no_hub_env")
def test_the_hub_url_option_beats_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QBDLINK_HUB_URL_US", "http://127.0.0.1:8002")
    config = ConnectorConfig(hub_urls={"us": "http://127.0.0.1:8001"})

    assert config.hub_url_for("us", "http://127.0.0.1:8003") == "http://127.0.0.1:8003"


@pytest.mark.usefixtures("no_hub_env")
def test_the_environment_of_one_region_does_not_move_the_other(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("QBDLINK_HUB_URL_US", "http://127.0.0.1:8002")

    assert ConnectorConfig().hub_url_for("ca") == DEFAULT_HUB_URLS["ca"]


def test_programs_starting_together_agree_on_one_new_config(tmp_path: Path) -> None:
    # The tray and the background program start together at log-in, with no config yet.
    path = tmp_path / "connector.json"
    start = threading.Barrier(8)
    machine_ids: list[str] = []

    def first_run() -> None:
        start.wait()
        machine_ids.append(config_module.load(path).machine_id)

    threads = [threading.Thread(target=first_run) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert set(machine_ids) == {config_module.load(path).machine_id}
