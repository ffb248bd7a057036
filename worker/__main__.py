from worker.tools.cli import main

raise SystemExit(main())
