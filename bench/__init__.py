"""qbdlink's benchmark suite: ``make bench`` / ``qbdlink bench [NAME] [--quick]``.

``bench.runner.main(names, quick)`` runs the registered benchmarks, prints a table of metrics
against their targets and writes ``bench/results/latest.json``.
"""
