"""The ``qbdlink`` command: thin (parses, calls, prints). Decisions live in the packages."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape

from qbdlink.qbxml import QBXMLError, RemoteProtocolError, from_json, to_json, validate

app = typer.Typer(
    name="qbdlink",
    help="Connect a cloud application to QuickBooks Desktop.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
qbxml_app = typer.Typer(help="Validate and convert qbXML documents.", no_args_is_help=True)
app.add_typer(qbxml_app, name="qbxml")
sim_app = typer.Typer(help="The simulated QuickBooks Desktop.", no_args_is_help=True)
app.add_typer(sim_app, name="sim")
hub_app = typer.Typer(help="The hub: the cloud service connectors talk to.", no_args_is_help=True)
app.add_typer(hub_app, name="hub")
hub_tenant_app = typer.Typer(
    help="Tenants (customers of the app) and API keys.", no_args_is_help=True
)
hub_app.add_typer(hub_tenant_app, name="tenant")
hub_link_app = typer.Typer(help="Links: one QuickBooks company each.", no_args_is_help=True)
hub_app.add_typer(hub_link_app, name="link")
hub_key_app = typer.Typer(
    help="API keys: issue another, list, revoke (rotate one without downtime).",
    no_args_is_help=True,
)
hub_app.add_typer(hub_key_app, name="key")
hub_operator_key_app = typer.Typer(
    help="Operator keys: manage tenants over REST (/v1/tenants) without database access.",
    no_args_is_help=True,
)
hub_app.add_typer(hub_operator_key_app, name="operator-key")
hub_release_app = typer.Typer(
    help="Signed connector releases: create the keys, publish, keep the signatures fresh.",
    no_args_is_help=True,
)
hub_app.add_typer(hub_release_app, name="release")
connector_app = typer.Typer(
    help="The connector on the QuickBooks PC: link companies, relay the hub's jobs.",
    no_args_is_help=True,
)
app.add_typer(connector_app, name="connector")
out = Console(highlight=False, soft_wrap=True)

err = Console(stderr=True, highlight=False, soft_wrap=True)


class SpecVersion(StrEnum):
    """qbXML schema versions the validator knows."""

    v13 = "13.0"
    v16 = "16.0"


class EditionChoice(StrEnum):
    """QuickBooks editions with their own field rules."""

    us = "us"
    ca = "ca"


FileArgument = Annotated[
    Path, typer.Argument(help="The document to read; '-' reads standard input.", show_default=False)
]


def _read(path: Path) -> bytes:
    if str(path) == "-":
        return sys.stdin.buffer.read()
    try:
        return path.read_bytes()
    except FileNotFoundError:
        err.print(f"[red]error:[/] {path}: no such file")
        raise typer.Exit(2) from None
    except IsADirectoryError:
        err.print(f"[red]error:[/] {path}: is a directory, not a qbXML file")
        raise typer.Exit(2) from None


def _report(path: Path, exc: QBXMLError) -> None:
    where = str(path)
    if isinstance(exc, RemoteProtocolError) and exc.line is not None:
        where += f":{exc.line}"
        if exc.column is not None:
            where += f":{exc.column}"
    message = exc.message if isinstance(exc, RemoteProtocolError) else str(exc)
    err.print(f"{escape(where)}: [red]{escape(message)}[/]")


@qbxml_app.command("validate")
def qbxml_validate(
    file: FileArgument,
    version: Annotated[
        SpecVersion | None,
        typer.Option("--version", help="Schema to check against (default: the document's)."),
    ] = None,
    edition: Annotated[
        EditionChoice | None,
        typer.Option("--edition", help="Also apply an edition's field lengths and availability."),
    ] = None,
) -> None:
    """Exit 0 if FILE is valid qbXML, else exit 1 naming the first offending element and why."""
    data = _read(file)
    try:
        used = validate(
            data,
            version=version.value if version else None,
            edition=edition.value if edition else None,
        )
    except QBXMLError as exc:
        _report(file, exc)
        raise typer.Exit(1) from None
    err.print(f"{file}: valid qbXML (checked against the {used} schema)")


@qbxml_app.command("to-json")
def qbxml_to_json(file: FileArgument) -> None:
    """Convert a qbXML document to JSON (lossless) on standard output."""
    try:
        text = to_json(_read(file))
    except QBXMLError as exc:
        _report(file, exc)
        raise typer.Exit(1) from None
    sys.stdout.write(text + "\n")


@qbxml_app.command("from-json")
def qbxml_from_json(file: FileArgument) -> None:
    """Convert JSON made by ``to-json`` back to a qbXML document on standard output."""
    try:
        document = from_json(_read(file))
    except QBXMLError as exc:
        _report(file, exc)
        raise typer.Exit(1) from None
    sys.stdout.buffer.write(document)


class SampleSize(StrEnum):
    """Sizes of the generated sample company."""

    none = "none"
    small = "small"
    medium = "medium"
    large = "large"


@sim_app.command("new")
def sim_new(
    file: Annotated[Path, typer.Argument(help="The company file to create.", show_default=False)],
    edition: Annotated[EditionChoice, typer.Option(help="QuickBooks US or Canada.")] = (
        EditionChoice.us
    ),
    name: Annotated[str | None, typer.Option(help="The company name.")] = None,
    sample: Annotated[SampleSize, typer.Option(help="Sample data to fill it with.")] = (
        SampleSize.none
    ),
) -> None:
    """Create a simulated QuickBooks company file."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    from qbdlink.simulator import CompanyFileError, create_company

    with Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=sample.value == "none",
    ) as bar:
        task = bar.add_task(f"{sample.value} sample: transactions", total=None)
        try:
            create_company(
                file,
                edition=edition.value,
                name=name,
                sample=sample.value,
                progress=lambda done, total: bar.update(task, completed=done, total=total),
            )
        except CompanyFileError as exc:
            err.print(f"[red]error:[/] {escape(str(exc))}")
            raise typer.Exit(1) from None
    err.print(f"created {file} ({edition.value.upper()} edition, sample: {sample.value})")


class AnswerChoice(StrEnum):
    """What the user clicks when QuickBooks asks to authorize an application."""

    no = "no"
    prompt = "prompt"
    when_open = "when-open"
    always = "always"


@sim_app.command("open")
def sim_open(
    file: Annotated[Path, typer.Argument(help="The company file to open.", show_default=False)],
    answer: Annotated[
        AnswerChoice,
        typer.Option(help="What the user clicks when the authorization prompt appears."),
    ] = AnswerChoice.always,
    multi_user: Annotated[
        bool, typer.Option("--multi-user", help="Open the file in multi-user mode.")
    ] = False,
) -> None:
    """Run simulated QuickBooks with FILE open, in the foreground, until Ctrl-C."""
    from qbdlink.simulator.desktop import DesktopError
    from qbdlink.simulator.server import run_foreground

    try:
        run_foreground(
            file,
            answer.value,
            mode="MultiUser" if multi_user else "SingleUser",
            log=lambda line: err.print(escape(line)),
        )
    except DesktopError as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(1) from None


@sim_app.command("process")
def sim_process(
    file: Annotated[Path, typer.Argument(help="The company file.", show_default=False)],
    request: Annotated[
        Path | None,
        typer.Argument(help="A qbXML request file (default: standard input).", show_default=False),
    ] = None,
) -> None:
    """Run one qbXML message set against FILE, as an application QuickBooks always allows."""
    from qbdlink.simulator import ComError, CompanyFileError, CompanyStore, Processor

    data = _read(request) if request is not None else sys.stdin.buffer.read()
    try:
        store = CompanyStore.open(file)
    except CompanyFileError as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(1) from None
    try:
        answer = Processor(store).process(data)
    except ComError as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(1) from None
    finally:
        store.close()
    sys.stdout.write(answer)


class RegionChoice(StrEnum):
    """Hub deployments: one per region."""

    us = "us"
    ca = "ca"


DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Database URL (default: $QBDLINK_DATABASE_URL, else a SQLite file in the user "
        "data directory).",
        show_default=False,
    ),
]
RegionOption = Annotated[RegionChoice | None, typer.Option(help="The region this hub serves.")]


def _hub_settings(db: str | None, region: RegionChoice | None = None) -> Any:
    from qbdlink.hub import HubSettings

    overrides: dict[str, Any] = {}
    if db:
        overrides["database_url"] = db
    if region is not None:
        overrides["region"] = region.value
    return HubSettings(**overrides)


def _hub_context(db: str | None, region: RegionChoice | None = None) -> Any:
    from sqlalchemy.exc import SQLAlchemyError

    from qbdlink.hub.context import HubContext
    from qbdlink.hub.wiring import wire_context

    settings = _hub_settings(db, region)
    try:
        # Wired like the app's, so that any command's unit of work may drive the job queue.
        context = wire_context(HubContext.from_settings(settings))
        context.db.migrate()
    except (SQLAlchemyError, OSError) as exc:
        err.print(
            f"[red]error:[/] cannot open the hub database {settings.resolved_database_url()}: "
            f"{escape(str(exc).splitlines()[0])}"
        )
        raise typer.Exit(1) from None
    return context


@hub_app.command("serve")
def hub_serve(
    region: RegionOption = None,
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Serve the hub's REST and agent APIs under uvicorn until Ctrl-C."""
    import uvicorn

    from qbdlink.hub import create_app

    context = _hub_context(db, region)
    settings = context.settings
    if "public_url" not in settings.model_fields_set:
        settings.public_url = f"http://{host}:{port}"
    err.print(
        f"hub for region {settings.region.upper()} on http://{host}:{port} "
        f"(database: {escape(settings.resolved_database_url())})"
    )
    # proxy_headers=False: uvicorn would otherwise take X-Forwarded-For from any local peer;
    # the hub reads it itself, from QBDLINK_TRUSTED_PROXIES only (hub/clientaddr.py).
    app = create_app(settings, context=context)
    # What is loaded now lives as long as the process: keep it out of the garbage collector's
    # scans, which would otherwise walk it again for every few hundred records a sync stores.
    gc.collect()
    gc.freeze()
    uvicorn.run(
        app,
        host=host,
        port=port,
        log_level="warning",
        proxy_headers=False,
    )


@contextmanager
def _hub_work(db: str | None, region: RegionChoice | None = None) -> Iterator[tuple[Any, Any]]:
    """The hub's context and one unit of work; a ``HubError`` is printed and exits 1."""
    from qbdlink.hub.errors import HubError

    context = _hub_context(db, region)
    try:
        with context.db.session() as session:
            yield context, session
    except HubError as exc:
        err.print(f"[red]error:[/] {escape(exc.message)}")
        raise typer.Exit(1) from None


TenantOption = Annotated[str, typer.Option(help="The tenant's name or id.", show_default=False)]


def _hand_over(label: str, secret: str) -> None:
    """Say what it is on stderr and print only the secret on stdout, for ``KEY=$(...)``."""
    err.print(label)
    print(secret)


@hub_tenant_app.command("create")
def hub_tenant_create(
    name: Annotated[str, typer.Argument(help="The tenant's name.", show_default=False)],
    db: DbOption = None,
    region: RegionOption = None,
) -> None:
    """Create a tenant and print its API key (shown once; only its hash is kept)."""
    from qbdlink.hub.tenants.service import create_tenant

    with _hub_work(db, region) as (_, session):
        tenant, api_key = create_tenant(session, name=name)
        tenant_id = tenant.id
    _hand_over(f"tenant {escape(name)} ({tenant_id}); its API key (shown once):", api_key)


TenantArgument = Annotated[
    str, typer.Argument(help="The tenant's name or id (see `hub tenant list`).", show_default=False)
]


@hub_tenant_app.command("list")
def hub_tenant_list(db: DbOption = None) -> None:
    """List the tenants: id, name, status, when disabled, links, when made."""
    from rich import box
    from rich.table import Column, Table

    from qbdlink.hub.tenants.service import summarize_tenants, tenant_status

    with _hub_work(db) as (_, session):
        rows = [
            (
                summary.tenant.id,
                escape(summary.tenant.name),
                tenant_status(summary.tenant),
                _when(summary.tenant.disabled_at),
                str(summary.links),
                _when(summary.tenant.created_at),
            )
            for summary in summarize_tenants(session)
        ]
    # The id is what `disable`/`enable` take; the names wrap first when the terminal is narrow.
    table = Table(
        Column("id", no_wrap=True, min_width=24),
        Column("name", ratio=1, overflow="fold"),
        Column("status", no_wrap=True),
        Column("disabled", min_width=10),
        Column("links", justify="right"),
        Column("created", min_width=10),
        box=box.SIMPLE_HEAD,
        caption="times in UTC; links: those not disabled",
    )
    for row in rows:
        table.add_row(*row)
    out.print(table)


def _when(moment: Any) -> str:
    """A time for a table (UTC, to the minute), or a dash for none."""
    return "—" if moment is None else f"{moment:%Y-%m-%d %H:%M}"


@hub_tenant_app.command("disable")
def hub_tenant_disable(tenant: TenantArgument, db: DbOption = None) -> None:
    """Switch a tenant off: its API keys and connectors are refused, its links not synced."""
    from qbdlink.hub.tenants.service import disable_tenant, find_tenant

    with _hub_work(db) as (_, session):
        owner = find_tenant(session, name_or_id=tenant)
        already = owner.disabled_at is not None
        disabled_at = disable_tenant(session, tenant_id=owner.id).disabled_at
        label = f"tenant {escape(owner.name)} ({owner.id})"
        enable = f"`qbdlink hub tenant enable {owner.id}`"
    if already:
        err.print(
            f"{label} was already disabled (since {disabled_at:%Y-%m-%d %H:%M:%S} UTC); nothing "
            f"changed: its API keys and connectors are refused until {enable}"
        )
        return
    err.print(
        f"{label} disabled: its API keys and connectors are refused (403 tenant_disabled) and "
        f"its links are not synced until {enable}; nothing is deleted"
    )


@hub_tenant_app.command("enable")
def hub_tenant_enable(tenant: TenantArgument, db: DbOption = None) -> None:
    """Switch a disabled tenant back on: its API keys, connectors and syncs work again."""
    from qbdlink.hub.tenants.service import enable_tenant, find_tenant

    with _hub_work(db) as (_, session):
        owner = find_tenant(session, name_or_id=tenant)
        already = owner.disabled_at is None
        enable_tenant(session, tenant_id=owner.id)
        label = f"tenant {escape(owner.name)} ({owner.id})"
    if already:
        err.print(f"{label} was not disabled; nothing changed")
        return
    err.print(
        f"{label} enabled: its API keys and connectors are accepted again and its links sync "
        "on their schedule"
    )


@hub_link_app.command("enable")
def hub_link_enable(
    tenant: TenantOption,
    name: Annotated[str | None, typer.Option(help="A name for the company.")] = None,
    db: DbOption = None,
    region: RegionOption = None,
) -> None:
    """Enable the add-on for one more QuickBooks company and print its license key."""
    from qbdlink.hub.links.service import enable_link
    from qbdlink.hub.tenants.service import find_tenant

    with _hub_work(db, region) as (context, session):
        owner = find_tenant(session, name_or_id=tenant)
        link, key = enable_link(session, context, tenant_id=owner.id, name=name)
        link_id, link_name = link.id, link.name
    _hand_over(f"link {escape(link_name)} ({link_id}); its license key:", key)


KeyNameOption = Annotated[
    str | None, typer.Option("--name", help="Where the key is used, e.g. 'production'.")
]


@hub_key_app.command("create")
def hub_key_create(tenant: TenantOption, name: KeyNameOption = None, db: DbOption = None) -> None:
    """Issue another API key for a tenant and print it (shown once; only its hash is kept)."""
    from qbdlink.hub.tenants.service import find_tenant, issue_api_key

    with _hub_work(db) as (_, session):
        owner = find_tenant(session, name_or_id=tenant)
        api_key = issue_api_key(session, tenant_id=owner.id, name=name)[1]
        tenant_name = owner.name
    _hand_over(f"a new API key for {escape(tenant_name)} (shown once):", api_key)


@hub_key_app.command("list")
def hub_key_list(tenant: TenantOption, db: DbOption = None) -> None:
    """List a tenant's API keys: id, first characters, name, when made, last used, revoked."""
    from qbdlink.hub.tenants.service import find_tenant, list_api_keys

    with _hub_work(db) as (_, session):
        owner = find_tenant(session, name_or_id=tenant)
        rows = [_key_row(key) for key in list_api_keys(session, tenant_id=owner.id)]
    _print_keys(rows, caption="times in UTC; a revocation still to come is a grace period")


def _key_row(key: Any) -> tuple[str, ...]:
    """One key as a table row: id, first characters, name, created, last used, revoked."""
    return (
        key.id,
        f"{key.prefix}…",
        escape(key.name or ""),
        f"{key.created_at:%Y-%m-%d %H:%M}",
        "never" if key.last_used_at is None else f"{key.last_used_at:%Y-%m-%d %H:%M}",
        "—" if key.revoked_at is None else f"{key.revoked_at:%Y-%m-%d %H:%M}",
    )


def _print_keys(rows: list[tuple[str, ...]], *, caption: str) -> None:
    """A table of keys; the id and the key's first characters never wrap or shorten."""
    from rich import box
    from rich.table import Column, Table

    # The id is what `revoke` takes; the names wrap first when the terminal is narrow.
    table = Table(
        Column("id", no_wrap=True, min_width=24),
        Column("key", no_wrap=True),
        Column("name", ratio=1, overflow="fold"),
        Column("created", min_width=10),
        Column("last used", min_width=10),
        Column("revoked", min_width=10),
        box=box.SIMPLE_HEAD,
        caption=caption,
    )
    for row in rows:
        table.add_row(*row)
    out.print(table)


@hub_key_app.command("revoke")
def hub_key_revoke(
    key_id: Annotated[str, typer.Argument(help="The key's id (see `hub key list`).")],
    grace_hours: Annotated[
        float, typer.Option(help="Keep it working this many hours more, while callers switch.")
    ] = 0,
    db: DbOption = None,
) -> None:
    """Revoke an API key, now or after a grace period (to rotate: create, switch, revoke)."""
    from datetime import timedelta

    from qbdlink.hub.db import utcnow
    from qbdlink.hub.tenants.service import revoke_api_key

    if grace_hours < 0:
        err.print("[red]error:[/] --grace-hours cannot be negative")
        raise typer.Exit(2)
    with _hub_work(db) as (_, session):
        key = revoke_api_key(session, key_id=key_id, at=utcnow() + timedelta(hours=grace_hours))
        revoked_at = key.revoked_at
    err.print(f"API key {escape(key_id)} stops working at {revoked_at:%Y-%m-%d %H:%M:%S} UTC")


@hub_operator_key_app.command("create")
def hub_operator_key_create(name: KeyNameOption = None, db: DbOption = None) -> None:
    """Issue an operator key and print it (shown once; only its hash is kept)."""
    from qbdlink.hub.tenants.service import create_operator_key

    with _hub_work(db) as (_, session):
        key, secret = create_operator_key(session, name=name)
        key_id = key.id
    _hand_over(f"operator key {key_id} (shown once; it creates and disables tenants):", secret)


@hub_operator_key_app.command("list")
def hub_operator_key_list(db: DbOption = None) -> None:
    """List the operator keys: id, first characters, name, when made, last used, revoked."""
    from qbdlink.hub.tenants.service import list_operator_keys

    with _hub_work(db) as (_, session):
        rows = [_key_row(key) for key in list_operator_keys(session)]
    _print_keys(rows, caption="times in UTC")


@hub_operator_key_app.command("revoke")
def hub_operator_key_revoke(
    key_id: Annotated[str, typer.Argument(help="The key's id (see `hub operator-key list`).")],
    db: DbOption = None,
) -> None:
    """Revoke an operator key now."""
    from qbdlink.hub.tenants.service import revoke_operator_key

    with _hub_work(db) as (_, session):
        revoke_operator_key(session, key_id=key_id)
    err.print(f"operator key {escape(key_id)} revoked")


RepoOption = Annotated[
    Path, typer.Option("--repo", help="The release repository folder.", show_default=False)
]


def _release_passphrase(confirm: bool = False) -> str:
    """$QBDLINK_RELEASE_PASSPHRASE, else asked for (never echoed, never stored)."""
    import os

    passphrase = os.environ.get("QBDLINK_RELEASE_PASSPHRASE")
    if passphrase:
        return passphrase
    if not sys.stdin.isatty():
        err.print("[red]error:[/] set QBDLINK_RELEASE_PASSPHRASE or run this in a terminal")
        raise typer.Exit(2)
    answer: str = typer.prompt(
        "Release passphrase", hide_input=True, confirmation_prompt=confirm, err=True
    )
    return answer


def _releases() -> Any:
    """The release-signing module (the hub's code, and python-tuf from the connector extra)."""
    try:
        from qbdlink.hub.updates import releases
    except ImportError as exc:
        err.print(
            "[red]error:[/] signing releases needs the hub and python-tuf: pip install "
            f"'qbdlink\\[hub,connector]' ({escape(str(exc))})"
        )
        raise typer.Exit(1) from None
    return releases


@contextmanager
def _release_work() -> Iterator[Any]:
    """The release-signing module; a ``ReleaseError`` is printed and exits 1."""
    releases = _releases()
    try:
        yield releases
    except releases.ReleaseError as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(1) from None


def _print_expiry(repository: Any) -> None:
    for role, when in repository.expires().items():
        err.print(f"  {role:<9} metadata expires {when:%Y-%m-%d %H:%M} UTC")


DaysOption = Annotated[float | None, typer.Option(min=0.001, show_default=False)]


@hub_release_app.command("init")
def hub_release_init(
    repo: RepoOption,
    root_days: DaysOption = None,
    targets_days: DaysOption = None,
    snapshot_days: DaysOption = None,
    timestamp_days: DaysOption = None,
) -> None:
    """Create a release repository: four signing keys (encrypted) and the first root."""
    given = {
        "root": root_days,
        "targets": targets_days,
        "snapshot": snapshot_days,
        "timestamp": timestamp_days,
    }
    days = {role: value for role, value in given.items() if value is not None}
    with _release_work() as releases:
        repository = releases.ReleaseRepository.init(
            repo, _release_passphrase(confirm=True), expiry_days=days
        )
    expiry = {**releases.DEFAULT_EXPIRY_DAYS, **days}
    defaults = ", ".join(f"{k} {v}" for k, v in expiry.items())
    err.print(f"release repository in {escape(str(repo))} (expiry in days: {defaults})")
    err.print(
        f"build {escape(str(repo / 'metadata' / '1.root.json'))} into the connector as "
        "src/qbdlink/connector/update_root.json; keep keys/ and the passphrase off the hub"
    )
    _print_expiry(repository)


@hub_release_app.command("publish")
def hub_release_publish(
    file: Annotated[Path, typer.Argument(help="The built connector.", show_default=False)],
    version: Annotated[str, typer.Option(help="Its version (it must say so: --version).")],
    repo: RepoOption,
    platform: Annotated[
        str | None,
        typer.Option(help="e.g. windows-x86_64 (default: .exe -> windows-x86_64, else this OS)."),
    ] = None,
) -> None:
    """Sign a built connector as a release and make it the newest one."""
    with _release_work() as releases:
        repository = releases.ReleaseRepository(repo, _release_passphrase())
        release = repository.publish(file, version=version, platform=platform)
    err.print(
        f"published qbdlink {release.version} for {release.platform}: {release.name} "
        f"({release.length} bytes, sha256 {release.sha256})"
    )
    _print_expiry(repository)


@hub_release_app.command("refresh")
def hub_release_refresh(repo: RepoOption) -> None:
    """Re-sign the metadata that would expire (run it daily: timestamp lasts 7 days)."""
    with _release_work() as releases:
        repository = releases.ReleaseRepository(repo, _release_passphrase())
        renewed = repository.refresh()
    err.print(f"re-signed: {', '.join(renewed)}")
    _print_expiry(repository)


@hub_release_app.command("list")
def hub_release_list(repo: RepoOption) -> None:
    """List the published releases and when each role's metadata expires."""
    with _release_work() as releases:
        repository = releases.ReleaseRepository(repo)
        releases = repository.releases()
    for release in releases:
        out.print(
            f"{release.version}  {release.platform}  {release.length} bytes  "
            f"sha256 {release.sha256}"
        )
    _print_expiry(repository)


def _connector() -> Any:
    from qbdlink.connector import Connector

    return Connector.load()


def _warn_about_access(connector: Any) -> None:
    """After Verify: say so if QuickBooks did not get "Yes, always" (syncs need a person)."""
    from qbdlink.connector.flow import access_note

    facts = connector.gate.last_facts
    access = facts.access if facts is not None else None
    note = access_note(access.automatic_login_allowed if access is not None else None)
    if note is not None:
        err.print(f"[yellow]warning:[/] {escape(note.title)}. {escape(note.text)}")


def _fail(exc: Exception) -> typer.Exit:
    message = getattr(exc, "user_facing_message", None) or str(exc)
    err.print(f"[red]error:[/] {escape(message)}")
    return typer.Exit(1)


HubUrlOption = Annotated[str | None, typer.Option(help="The hub to use (default: the region's).")]
CompanyFileOption = Annotated[
    str | None,
    typer.Option(
        help="The company file (default: the one open in QuickBooks).", show_default=False
    ),
]


@connector_app.command("link")
def connector_link(
    license_key: Annotated[
        str, typer.Option("--license-key", help="The key from the set-up page.", show_default=False)
    ],
    region: Annotated[
        RegionChoice, typer.Option(help="Your region: us or ca.", show_default=False)
    ],
    hub_url: HubUrlOption = None,
    company_file: CompanyFileOption = None,
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask to confirm the details.")] = False,
) -> None:
    """Link a QuickBooks company: check the key, claim it, then Verify with QuickBooks."""
    from qbdlink.connector import ConnectorError
    from qbdlink.connector.flow import authorization_advice

    connector = _connector()
    try:
        flow = connector.start_flow(hub_url=hub_url, company_file=company_file)
        if not flow.enter_key(license_key) or not flow.choose_region(region.value):
            err.print(f"[red]error:[/] {escape(flow.problem or 'bad key')}")
            raise typer.Exit(1)
        claim = flow.confirm()
        err.print(
            f"License key: {escape(license_key.strip())}\nRegion: {region.value.upper()}"
            f"\nHub: {escape(claim.hub_url)}"
        )
        if not yes and not typer.confirm("These details are correct?", default=True, err=True):
            raise typer.Exit(1)
        with err.status("Linking with the hub…"):
            entry = connector.claim(claim)
        flow.claimed(entry.link_id)
        err.print(f"Connector linked to [bold]{escape(entry.name)}[/].")
        err.print(authorization_advice())
        with err.status("Verify: waiting for QuickBooks…"):
            entry = connector.verify(entry, company_file or "")
        _warn_about_access(connector)
    except ConnectorError as exc:
        raise _fail(exc) from None
    finally:
        connector.close()
    err.print(
        f"[green]Verified:[/] {escape(entry.company_name or '')} "
        f"({escape(entry.company_file or '')}), region {entry.region.upper()}."
    )


@connector_app.command("verify")
def connector_verify(
    name: Annotated[str | None, typer.Argument(help="The link (default: every link).")] = None,
) -> None:
    """Verify again: open a session with QuickBooks, check the company and report it."""
    from qbdlink.connector import ConnectorError

    connector = _connector()
    try:
        entries = [connector.config.find(name)] if name else list(connector.config.links)
        if not entries:
            err.print("[red]error:[/] no company is linked yet; run 'qbdlink connector link'")
            raise typer.Exit(1)
        for entry in entries:
            verified = connector.verify(entry)
            err.print(
                f"[green]Verified:[/] {escape(verified.name)}: "
                f"{escape(verified.company_name or '')}"
            )
            _warn_about_access(connector)
    except ConnectorError as exc:
        raise _fail(exc) from None
    finally:
        connector.close()


@connector_app.command("run")
def connector_run(
    poll_wait: Annotated[float, typer.Option(help="Long-poll wait, seconds.")] = 25.0,
    verbose: Annotated[bool, typer.Option("--verbose", help="Log every job.")] = False,
    with_tray: Annotated[
        bool, typer.Option("--with-tray", help="Also show the tray icon (the sign-in task's way).")
    ] = False,
) -> None:
    """The background program: relay every linked company until stopped (one per user)."""
    import signal
    import threading

    from qbdlink.connector.config import log_dir
    from qbdlink.connector.errors import AlreadyRunning
    from qbdlink.connector.logs import setup_logging
    from qbdlink.connector.resident import (
        Supervisor,
        launch_background,
        run_command,
        single_instance,
    )

    path = setup_logging(log_dir(), verbose=verbose)
    connector = _connector()
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    updater = supervisor = None
    try:
        with single_instance(connector.home):
            names = ", ".join(e.name for e in connector.config.links if not e.paused)
            if names:
                err.print(f"connector running for: {escape(names)} (log: {escape(str(path))})")
            else:
                err.print(
                    "connector running; no company is linked yet: it starts relaying as soon "
                    f"as one is (link with 'qbdlink connector wizard'). Log: {escape(str(path))}"
                )
            if with_tray:
                # A tray that is already open keeps its lock and the new one exits at once.
                launch_background(run_command("connector", "tray"))
            updater = _resident_updater(connector)
            supervisor = Supervisor(connector, poll_wait=poll_wait, updater=updater)
            supervisor.run(stop)
    except AlreadyRunning as exc:
        # Not a failure: what was asked for (a connector running for this user) is true.
        err.print(escape(exc.user_facing_message))
        return
    finally:
        connector.close()
    if updater is not None and supervisor.relaunch_into is not None:
        # The lock and the control port are free now: the new binary takes them over.
        updater.relaunch(sys.argv[1:])


def _resident_updater(connector: Any) -> Any:
    """The resident process's updater (None where python-tuf is not installed)."""
    try:
        from qbdlink.connector.update import Updater
    except ImportError:
        return None
    updater = Updater.for_connector(connector.config, home=connector.home)
    updater.cleanup()  # what an earlier update left behind (the old binary)
    return updater


@connector_app.command("sync")
def connector_sync(
    once: Annotated[bool, typer.Option("--once", help="Sync every link now, then exit.")] = False,
) -> None:
    """Ask the hub for a sync and relay its jobs until every link is up to date."""
    from qbdlink.connector import ConnectorError

    if not once:
        err.print("[red]error:[/] use --once (or 'qbdlink connector run' to keep syncing)")
        raise typer.Exit(2)
    connector = _connector()
    try:
        with err.status("Syncing…") as status:
            counts = connector.sync_once(
                progress=lambda name, jobs: status.update(f"Syncing {name}: {jobs} pages")
            )
    except ConnectorError as exc:
        raise _fail(exc) from None
    finally:
        connector.close()
    failed = False
    for name, outcome in counts.items():
        if outcome.problem is None:
            err.print(f"[green]up to date:[/] {escape(name)} ({outcome.jobs} jobs)")
        else:
            failed = True
            err.print(f"[red]not synced:[/] {escape(name)}: {escape(outcome.problem)}")
    if failed:
        raise typer.Exit(1)


@connector_app.command("status")
def connector_status() -> None:
    """Every linked company and its state, and whether the background program runs."""
    from rich.table import Table

    from qbdlink.connector.control import ControlClient, ResidentStatus
    from qbdlink.connector.errors import ConnectorError

    connector = _connector()
    resident: ResidentStatus | None = None
    try:
        rows = connector.status()
        try:
            with ControlClient(connector.home, connector.tokens, timeout=5) as control:
                resident = control.status()
        except ConnectorError as exc:
            background = exc.user_facing_message
    finally:
        connector.close()
    if resident is not None:
        background = (
            f"The background program is running (process {resident.pid}, version "
            f"{resident.version})."
        )
    if not rows:
        err.print(
            "No company is linked yet. Run 'qbdlink connector link --license-key KEY "
            "--region us|ca'."
        )
        err.print(escape(background))
        return
    here = {view.link_id: view for view in (resident.links if resident else [])}
    table = Table("name", "company", "region", "state", "on this PC", "message")
    for row in rows:
        view = here.get(row["link_id"])
        on_pc = "paused" if row["paused"] else (view.state if view else "not running")
        table.add_row(
            row["name"],
            row.get("company") or "",
            row["region"].upper(),
            row["state"],
            on_pc.replace("_", " "),
            row.get("message") or (view.message if view else "") or "",
        )
    out.print(table)
    err.print(escape(background))


LinkNameArgument = Annotated[str | None, typer.Argument(help="The link (default: all).")]


def _set_paused(name: str | None, paused: bool) -> None:
    from qbdlink.connector import ConnectorError

    connector = _connector()
    try:
        for entry in connector.set_paused(name, paused):
            err.print(f"{'paused' if paused else 'resumed'}: {escape(entry.name)}")
    except ConnectorError as exc:
        raise _fail(exc) from None


@connector_app.command("pause")
def connector_pause(name: LinkNameArgument = None) -> None:
    """Stop relaying jobs for a link (or all) until resumed."""
    _set_paused(name, True)


@connector_app.command("resume")
def connector_resume(name: LinkNameArgument = None) -> None:
    """Relay jobs for a paused link (or all) again."""
    _set_paused(name, False)


@connector_app.command("unlink")
def connector_unlink(
    name: Annotated[str, typer.Argument(help="The link to forget.", show_default=False)],
) -> None:
    """Forget a linked company on this PC (its token is deleted)."""
    from qbdlink.connector import ConnectorError

    connector = _connector()
    try:
        entry = connector.unlink(name)
    except ConnectorError as exc:
        raise _fail(exc) from None
    err.print(f"unlinked: {escape(entry.name)}")


@connector_app.command("wizard")
def connector_wizard(
    hub_url: HubUrlOption = None,
    company_file: CompanyFileOption = None,
) -> None:
    """Link QuickBooks companies in a window: license key, region, Verify."""
    try:
        from qbdlink.connector.wizard import run_wizard
    except ImportError as exc:
        if not (exc.name or "").startswith("PySide6"):
            raise
        err.print(
            "[red]error:[/] The wizard needs PySide6: pip install 'qbdlink\\[connector]' "
            "(or use 'qbdlink connector link')."
        )
        raise typer.Exit(1) from None
    raise typer.Exit(run_wizard(_connector(), hub_url=hub_url, company_file=company_file))


# --- connector resident process: control channel commands (supervisor) ---

# --- connector service (start without a person) ---

service_app = typer.Typer(
    help=(
        "Start the connector by itself when you sign in to Windows. Windows only. It is a "
        "Task Scheduler task of your Windows user (not a Windows service: QuickBooks must run "
        "in your session); the commands keep the name 'service'."
    ),
    no_args_is_help=True,
)
connector_app.add_typer(service_app, name="service")


@contextmanager
def _autostart() -> Iterator[Any]:
    """This Windows user's sign-in task; off Windows a refusal (exit 2), on errors exit 1."""
    from qbdlink.connector import ConnectorError, autostart
    from qbdlink.connector.errors import NotOnWindows

    try:
        yield autostart.for_this_pc()
    except NotOnWindows as exc:
        err.print(escape(exc.user_facing_message))
        raise typer.Exit(2) from None
    except ConnectorError as exc:
        raise _fail(exc) from None


def _print_autostart(status: Any) -> None:
    out.print(
        f"background service: {escape(status.name)} (Task Scheduler, user {escape(status.user)})"
    )
    if not status.installed:
        out.print("installed: no; run 'qbdlink connector service install'")
        return
    out.print(f"installed: yes, starts when {escape(status.user)} signs in to Windows")
    out.print(f"state: {status.state}")
    last_run = f"{status.last_run:%Y-%m-%d %H:%M:%S}" if status.last_run else "never"
    out.print(f"last run: {last_run}; {escape(status.last_result or '')}")
    out.print(f"command: {escape(status.command_line or '')}")
    if not status.current:
        out.print(
            "note: this is not the connector you ran this command with; run "
            "'qbdlink connector service install' to start this one instead"
        )


@service_app.command("install")
def connector_service_install(
    no_start: Annotated[
        bool, typer.Option("--no-start", help="Register only; it starts at your next sign-in.")
    ] = False,
) -> None:
    """Start 'qbdlink connector run' at every sign-in of your Windows user (and now)."""
    with _autostart() as autostart:
        status = autostart.install(start=not no_start)
    err.print(
        f"[green]installed:[/] {escape(status.name)} starts 'qbdlink connector run' when "
        f"{escape(status.user)} signs in to Windows."
    )
    if no_start:
        err.print("Not started now (--no-start): run 'qbdlink connector service start'.")
    else:
        err.print(f"state: {status.state}")


@service_app.command("start")
def connector_service_start() -> None:
    """Start the background connector now."""
    with _autostart() as autostart:
        started = autostart.start()
    err.print("started" if started else "already running")


@service_app.command("stop")
def connector_service_stop() -> None:
    """Stop the background connector (it starts again at your next sign-in)."""
    with _autostart() as autostart:
        stopped = autostart.stop()
    err.print("stopped" if stopped else "was not running")


@service_app.command("status")
def connector_service_status() -> None:
    """Installed or not, running or not, the last run and its result, the command line."""
    with _autostart() as autostart:
        status = autostart.status()
    _print_autostart(status)
    if not status.installed:
        raise typer.Exit(1)


@service_app.command("remove")
def connector_service_remove() -> None:
    """Stop the background connector and remove its sign-in task."""
    with _autostart() as autostart:
        removed = autostart.remove()
    err.print("removed" if removed else "not installed; nothing to remove")


# --- connector tray ---
@connector_app.command("tray")
def connector_tray() -> None:
    """The tray icon: each company's state, Sync now, Pause/Resume, Add company, logs."""
    try:
        from qbdlink.connector.tray import run_tray
    except ImportError as exc:
        if not (exc.name or "").startswith("PySide6"):
            raise
        err.print("[red]error:[/] The tray needs PySide6: pip install 'qbdlink\\[connector]'")
        raise typer.Exit(1) from None
    code, message = run_tray()
    if message:
        err.print(f"[red]error:[/] {escape(message)}" if code else escape(message))
    raise typer.Exit(code)


# --- connector update ---


@connector_app.command("update")
def connector_update(
    check: Annotated[
        bool, typer.Option("--check", help="Only say whether a newer connector is available.")
    ] = False,
    hub_url: HubUrlOption = None,
) -> None:
    """Install the newest signed connector from the hub, then restart into it."""
    try:
        from qbdlink.connector.update import PIP_UPGRADE, Updater
    except ImportError:
        err.print(
            "[red]error:[/] updating needs the connector extra: pip install 'qbdlink\\[connector]'"
        )
        raise typer.Exit(1) from None
    from qbdlink.connector.errors import ConnectorError

    updater = Updater.for_connector(hub_url=hub_url)
    updater.cleanup()  # what an earlier update left behind (the renamed old .exe)
    if not check and not updater.can_apply:
        err.print(f"[red]error:[/] {escape(PIP_UPGRADE)}")
        raise typer.Exit(1)
    try:
        release = updater.check()
        if release is None:
            out.print(f"qbdlink {updater.current_version} is up to date.")
            return
        out.print(f"qbdlink {release.version} is available (this is {updater.current_version}).")
        if check:
            return
        from rich.progress import DownloadColumn, Progress, TransferSpeedColumn

        with Progress(
            *Progress.get_default_columns(), DownloadColumn(), TransferSpeedColumn(), console=err
        ) as bar:
            task = bar.add_task(f"downloading {release.version}", total=release.length)
            updater.apply(release, lambda done, _: bar.update(task, completed=done))
    except ConnectorError as exc:
        raise _fail(exc) from None
    out.print(f"Installed qbdlink {release.version}; starting it.")
    updater.relaunch(["--version"])


# --- connector logs, qbdlink --version, packaging ---

# The base install has neither the server stack (extra "hub") nor Qt (extra "connector"): the
# commands that need them check first and name the extra, instead of a traceback.
HUB_MODULES = ("fastapi", "uvicorn", "sqlalchemy", "alembic", "pydantic_settings")
HUB_MISSING = "The hub needs the server parts: pip install 'qbdlink\\[hub]'"


def _require_hub(before: str = "") -> None:
    """Exit 1 naming the 'hub' extra if the server stack is not installed."""
    import importlib.util

    for name in HUB_MODULES:
        try:
            # Found, not imported: importing FastAPI alone costs most of a second.
            found = importlib.util.find_spec(name) is not None
        except ImportError:
            found = False
        if not found:
            frozen = " (this one-file connector does not include them)" if _frozen() else ""
            err.print(f"[red]error:[/] {before}{HUB_MISSING}{frozen}.")
            err.print(f"(missing: {name})", style="dim")
            raise typer.Exit(1)


def _frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


@hub_app.callback()
def hub_group() -> None:
    """The hub: the cloud service connectors talk to."""
    _require_hub()


def _print_version(value: bool) -> None:
    if value:
        from qbdlink import __version__

        print(f"qbdlink {__version__}")
        raise typer.Exit()


@app.callback()
def qbdlink_group(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=_print_version,
            is_eager=True,
            help="Print qbdlink's version and exit.",
        ),
    ] = False,
) -> None:
    """Connect a cloud application to QuickBooks Desktop."""


@connector_app.command("logs")
def connector_logs(
    lines: Annotated[
        int, typer.Option("--lines", "-n", min=0, help="How many of the last lines to show.")
    ] = 40,
    open_folder: Annotated[
        bool, typer.Option("--open", help="Also open the log folder in the file browser.")
    ] = False,
    follow: Annotated[
        bool, typer.Option("--follow", "-f", help="Keep printing new lines until Ctrl-C.")
    ] = False,
) -> None:
    """Where the connector's log is and its last lines (secrets masked); --open shows the folder."""
    from qbdlink.connector import logs
    from qbdlink.connector.config import log_dir

    folder = log_dir()
    err.print(f"log folder: {escape(str(folder))}")
    if open_folder:
        try:
            logs.open_folder(folder)
        except logs.LogFolderError as exc:
            err.print(f"[red]error:[/] {escape(str(exc))}")
            raise typer.Exit(1) from None
    if not logs.log_files(folder):
        err.print(
            f"No log yet: the connector writes {escape(str(folder / logs.LOG_FILE))} once it "
            "runs. Start it with 'qbdlink connector run' (or, on Windows, 'qbdlink connector "
            "service start')."
        )
        if not follow:
            return
    for line in logs.last_lines(folder, lines):
        print(line)
    if follow:
        _follow_log(folder / logs.LOG_FILE)


def _follow_log(path: Path) -> None:
    import threading

    from qbdlink.connector.logs import follow

    stop = threading.Event()
    try:
        for line in follow(path, stop):
            print(line, flush=True)
    except KeyboardInterrupt:
        stop.set()


@app.command("demo")
def demo(
    exit_after_summary: Annotated[
        bool, typer.Option("--exit", help="Stop after the summary instead of serving.")
    ] = False,
) -> None:
    """Show what qbdlink does today, end to end, on embedded defaults."""
    _require_hub("The demo runs a hub. ")
    from qbdlink.demo import run_demo

    raise typer.Exit(run_demo(exit_after_summary=exit_after_summary))


@app.command("bench")
def bench(
    name: Annotated[str | None, typer.Argument(help="Run only this benchmark.")] = None,
    quick: Annotated[bool, typer.Option("--quick", help="Small inputs: a smoke run.")] = False,
) -> None:
    """Run the benchmarks and write bench/results/latest.json."""
    root = Path(__file__).resolve().parents[2]
    if not (root / "bench" / "runner.py").is_file():
        err.print("[red]error:[/] the benchmarks ship with the source checkout (bench/ not found)")
        raise typer.Exit(2)
    sys.path.insert(0, str(root))
    from bench.runner import main as run_benchmarks

    raise typer.Exit(run_benchmarks([name] if name else None, quick))


def main() -> None:
    """Entry point of the ``qbdlink`` console script."""
    app()


if __name__ == "__main__":
    main()
