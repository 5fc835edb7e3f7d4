"""``python -m cinnox_ext.cli`` runs the ``cinnox`` command."""

from . import main

main()
