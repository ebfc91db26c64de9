"""qbdlink's fault-injection suite: ``make reliability`` / ``python -m reliability``.

Real processes on 127.0.0.1 (hub, simulated QuickBooks, connector; SQLite with one hub, then
PostgreSQL with three hubs behind a round-robin proxy) take randomized batches of invoice writes
while the harness SIGKILLs each of them at random points, closes QuickBooks for a while and drops
responses on the wire. Afterwards it reads QuickBooks itself and checks that every accepted write
ended exactly once in QuickBooks, or failed with nothing in QuickBooks, and that none is left for a
person. See ``docs/RELIABILITY.md``; results go to ``reliability/results/latest.json``.

Modules: ``processes`` (children, SIGKILL, clean-up), ``proxy`` (the round-robin TCP proxy that
can drop responses), ``stack`` (one backend's processes, tenant, link and company), ``workload``
(the client threads and what each write got), ``faults`` (the seeded fault plan and the injector),
``check`` (settle, read QuickBooks, the verdict), ``report`` (table and JSON), ``run`` (the CLI).
"""
