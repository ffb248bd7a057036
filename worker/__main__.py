try:
    from worker.tools.cli import main
except KeyboardInterrupt:  # Ctrl-C while the command's modules load: no traceback, the usual exit status
    raise SystemExit(130) from None

raise SystemExit(main())
