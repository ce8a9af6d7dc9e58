"""Add a gathered held-out set to the evaluation set, with its annotators' calls.

    .venv/bin/python bench/attribution_assemble_set.py NN ORDINAL [--session WORD]
    e.g. bench/attribution_assemble_set.py 62 sixty-second --session eleventh

Copies every ``*.txt`` of the folders /work/heldout_sNNa … /work/heldout_sNNd
(written by the annotators and corrected by the adjudicators, per
``articles/attribution/eval/briefs/``) into ``eval/articles/`` (refusing to
overwrite a file), and appends to GUIDELINES.md a section "Calls settled with
the ORDINAL set": per folder, its README (the annotator's account and calls)
and the adjudication's paragraph for the guidelines. The split entry (the set's
line under "split: test") and its measurement are written by hand; commit the
set before the engine ever runs on it.
"""

import argparse
import re
import shutil
import sys
from pathlib import Path

EVAL = Path(__file__).resolve().parents[1] / "articles/attribution/eval"
ORDINALS = ["First", "Second", "Third", "Fourth", "Fifth"]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("number", help="the set's number, e.g. 62")
    parser.add_argument("ordinal", help="the set's ordinal in words, e.g. sixty-second")
    parser.add_argument(
        "--session", default="eleventh", help="which session gathered it"
    )
    parser.add_argument(
        "--root", type=Path, default=Path("/work"), help="the folders' parent"
    )
    args = parser.parse_args(argv)
    folders = sorted(args.root.glob(f"heldout_s{args.number}[a-z]"))
    if not folders:
        parser.error(f"no folder {args.root}/heldout_s{args.number}a …")
    guidelines = EVAL / "GUIDELINES.md"
    n = args.number
    parts = [
        f"\n## Calls settled with the {args.ordinal} set\n\n"
        f"{len(folders)} annotators gathered this set, each in a folder of their own "
        f"(heldout_s{n}{folders[0].name[-1]} to heldout_s{n}{folders[-1].name[-1]}; their "
        f"calls are cited {n}a–{n}{folders[-1].name[-1]}), in the {args.session} session, "
        "engine-blind (they read nothing of the engine, its tests or docs); adjudicators "
        "read the files a second time. The briefs are kept in `briefs/`. The annotators' "
        "tables give the counts before the adjudication.\n"
    ]
    copied = 0
    for index, folder in enumerate(folders):
        for path in sorted(folder.glob("*.txt")):
            target = EVAL / "articles" / path.name
            if target.exists():
                parser.error(f"{target.name} is already in the set")
            shutil.copy(path, target)
            copied += 1
        readme = (folder / "README.md").read_text(encoding="utf-8").strip().splitlines()
        heading = re.match(r"# Held-out set \S+: (.*)", readme[0])
        area = heading[1] if heading else "?"
        body = "\n".join(readme[1:]).strip()
        adjudication = (folder / "ADJUDICATION.md").read_text(encoding="utf-8")
        paragraph = adjudication.split("## Paragraph for GUIDELINES.md", 1)[-1].strip()
        parts.append(
            f"\n{ORDINALS[index]} annotator's files (Held-out set {n}{folder.name[-1]}: "
            f"{area}), {args.ordinal} set:\n\n{body}\n\nAdjudication of {folder.name}:"
            f"\n\n{paragraph}\n"
        )
    text = guidelines.read_text(encoding="utf-8")
    guidelines.write_text(text.rstrip("\n") + "\n" + "".join(parts), encoding="utf-8")
    print(f"copied {copied} files from {len(folders)} folders; GUIDELINES.md appended")
    return 0


if __name__ == "__main__":
    sys.exit(main())
