"""The benchmark harness behind `make bench`: how fast the extraction core, the pipeline and the worker are.

`python -m streamer.bench [--quick]` measures, on this machine, and writes bench-results/results.json,
results.md and PNG plots. Nothing here is imported by the service.
"""
