"""streamer: wire news in, diplomatic visits and statements out, on Kafka."""

__version__ = "0.1.0"
