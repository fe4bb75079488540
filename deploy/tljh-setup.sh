#!/bin/bash
# The Littlest JupyterHub (one server, up to about 100 learners), after its installer ran.
# From a checkout of the workbook, as an admin: sudo bash deploy/tljh-setup.sh INSTRUCTOR
# (INSTRUCTOR: your hub user name; TLJH's system user for it is jupyter-INSTRUCTOR).
# tests/test_deploy.py checks this script's syntax and keeps it in step with the rest; it
# was not run on the machine that tests it, which has no TLJH.
set -euo pipefail
instructor="${1:?give the hub user name of the instructor}"
userenv=/opt/tljh/user

# The lessons' pinned packages and nbgitpuller, into the learners' environment.
"$userenv/bin/pip" install -r requirements.txt nbgitpuller==1.3.0
# The package, not editable, built from a copy (pip leaves build/ where it builds).
copy="$(mktemp -d)"
cp -r narratives pyproject.toml README.md LICENSE "$copy/"
"$userenv/bin/pip" install --no-deps "$copy"
rm -rf "$copy"

# Widget state saved in notebooks, for every learner.
install -D -m 644 settings/overrides.json "$userenv/share/jupyter/lab/settings/overrides.json"

# The class folder: learners may add their own file but not list the folder nor change
# others' files (mode 1733); the instructor owns it and reads everything.
install -d -m 1733 -o "jupyter-$instructor" /srv/class
install -m 644 deploy/tljh-narratives.py /opt/tljh/config/jupyterhub_config.d/narratives.py

# Memory per learner (benchmarks/bench_kernel_memory.py), JupyterLab by default.
tljh-config set limits.memory 1G
tljh-config set user_environment.default_app jupyterlab
tljh-config reload
