"""Ankunft: a platform for municipal integration work and newcomer information."""
