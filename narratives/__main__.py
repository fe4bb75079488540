"""`python -m narratives check [FOLDER]`: is this folder of texts ready to load?

(`python -m narratives exercises` makes exercises/ from solutions/;
`python -m narratives tidy FILES` takes what varies per run out of stored notebooks;
`python -m narratives link HUB REPO_URL` prints the nbgitpuller link for a class.)

Prints each problem with its file, its line and what to do; exits 0 when
the folder is clean and 1 otherwise. Never a traceback.
"""

import argparse
import sys

from .errors import NarrativesError
from .texts import TEXTS, as_folder
from .texts.folder import report


def check(folder):
    """Print the problems of `folder`; return the exit status."""
    ok, text = report(as_folder(folder))
    print(text)
    return 0 if ok else 1


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m narratives",
                                     description="Tools for the narratives workbook.")
    commands = parser.add_subparsers(dest="command", required=True)
    check_parser = commands.add_parser("check", help="check a folder of texts")
    check_parser.add_argument("folder", nargs="?", default=str(TEXTS),
                              help="the folder to check (default: the workbook's texts/)")
    commands.add_parser("exercises", help="make exercises/ from solutions/ (`make exercises`)")
    tidy_parser = commands.add_parser("tidy", help="take timings and random widget ids out of "
                                      "stored notebooks (`make notebooks` does it)")
    tidy_parser.add_argument("notebooks", nargs="+", help="the .ipynb files to tidy")
    link_parser = commands.add_parser("link", help="print the nbgitpuller link that pulls the "
                                      "workbook into each learner's home on a JupyterHub")
    link_parser.add_argument("hub", help="the hub's address, e.g. https://hub.example.org")
    link_parser.add_argument("repo", help="the repository's address, as you would clone it")
    link_parser.add_argument("--branch", default="main", help="the branch (default: main)")
    link_parser.add_argument("--lesson", default="00-start-here.ipynb",
                             help="the lesson to open (default: 00-start-here.ipynb)")
    link_parser.add_argument("--app", default="lab", choices=["lab", "tree"],
                             help="lab (JupyterLab, the default) or tree (Notebook 7)")
    args = parser.parse_args(argv)
    try:
        if args.command == "exercises":
            from .checks.build import main as exercises
            return exercises()
        if args.command == "link":
            from .hublink import clone_folder, link
            print(link(args.hub, args.repo, args.branch, args.lesson, args.app))
            print(f"Each learner's copy will be ~/{clone_folder(args.repo)}/.", file=sys.stderr)
            return 0
        if args.command == "tidy":
            from .tidy import tidy_file
            for path in args.notebooks:
                tidy_file(path)
            return 0
        return check(args.folder)
    except NarrativesError as error:  # bad input: the sentence, and status 1
        print(error)
        return 1
    except Exception as error:  # a last guard: the learner sees a sentence, not a trace
        print(f"The check stopped on something unexpected: {error!r}. "
              "Please report it with the folder you checked.")
        return 2


if __name__ == "__main__":
    sys.exit(main())
