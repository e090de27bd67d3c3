from __future__ import annotations

from ankunft.cli import main

main()
