"""Research experiment: a learned continuation step after the attribution rules.

    .venv/bin/python bench/attribution_continuation.py [--measure] [--cv]
        [--weights OUT.json]

Run in the fourth session at 6a8593e (docs/attribution.md, "How to read them"):
AUC 0.81 on unseen folds, but no recall worth its precision; not integrated.

1. --measure: over all splits but dev, gold statements the engine misses, by
   category: (b) overlapped by an engine statement with the wrong speaker,
   (a) in the sentence right after (same paragraph, or opening the next one) a
   sentence where the engine found a statement of the gold speaker, (c) other.
2. --cv: a plain-Python logistic regression over candidate sentences (no
   engine statement in them, right after an engine statement's sentence, in
   its paragraph or opening the next), leave-one-split-out over seen8..seen25
   and test, scored with evaluate.py's own ``score``.

Standalone: not part of the articles package; standard library only.
"""

import argparse
import json
import math
import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

# Standalone: put the project root on sys.path so `articles` is importable.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from articles.attribution import engine as eng
from articles.attribution import evaluate as ev
from articles.attribution import extract
from articles.attribution.text import paragraphs, sentences

# Every split measured once on fresh text since the eighth set.
FOLDS = [f"seen{i}" for i in range(8, 100) if f"seen{i}" in ev.SPLITS] + ["test"]
MAX_GAP = 3  # candidate sentences up to this many after the engine statement's

# ----------------------------------------------------------------------------
# data


def load_all():
    arts = []
    for path in sorted(ev.EVAL_DIR.glob("*.txt")):
        a = ev.load(path)
        split = a.meta.get("split", "test")
        if split == "dev":
            continue
        found = extract(a.body, publisher=a.meta.get("publisher") or None)
        sents = []  # (start, end, paragraph index, index in paragraph, n in para)
        for p, (ps, pe) in enumerate(paragraphs(a.body)):
            ss = sentences(a.body, ps, pe)
            for k, (s, e) in enumerate(ss):
                sents.append((s, e, p, k, len(ss)))
        arts.append({"art": a, "split": split, "found": found, "sents": sents})
    return arts


def ov(a0, a1, b0, b1):
    return max(0, min(a1, b1) - max(a0, b0))


def sentence_of(sents, pos):
    for i, (s, e, *_rest) in enumerate(sents):
        if s <= pos < e:
            return i
    # between sentences: the next one
    for i, (s, *_rest) in enumerate(sents):
        if s >= pos:
            return i
    return len(sents) - 1


def right(statement, gold_list):
    return any(
        ov(statement.start, statement.end, g.start, g.end)
        and ev.same_speaker(statement.speaker, g.speakers)
        for g in gold_list
    )


# ----------------------------------------------------------------------------
# 1. measurement


def measure(arts):
    counts = Counter()
    by_split = defaultdict(Counter)
    examples = defaultdict(list)
    for d in arts:
        a, found, sents = d["art"], d["found"], d["sents"]
        for g in a.gold:
            counts["gold"] += 1
            by_split[d["split"]]["gold"] += 1
            hits = [
                s
                for s in found
                if ov(s.start, s.end, g.start, g.end)
                and ev.same_speaker(s.speaker, g.speakers)
            ]
            if hits:
                continue
            counts["missed"] += 1
            by_split[d["split"]]["missed"] += 1
            near = [s for s in found if ov(s.start, s.end, g.start, g.end)]
            if near:
                cat = "b_wrong_speaker"
            else:
                i = sentence_of(sents, g.start)
                prev = i - 1
                cat = "c_other"
                if prev >= 0 and sents[prev][2] >= sents[i][2] - 1:
                    ps, pe = sents[prev][0], sents[prev][1]
                    if any(
                        ov(s.start, s.end, ps, pe)
                        and ev.same_speaker(s.speaker, g.speakers)
                        for s in found
                    ):
                        cat = (
                            "a_next_sentence_same_para"
                            if sents[prev][2] == sents[i][2]
                            else "a_next_sentence_next_para"
                        )
                if cat == "c_other":
                    # looser: an earlier sentence (<= MAX_GAP back, this or the
                    # previous paragraph) with the speaker, no other engine
                    # statement between
                    for back in range(2, MAX_GAP + 1):
                        j = i - back
                        if j < 0 or sents[j][2] < sents[i][2] - 1:
                            break
                        between = [
                            s
                            for s in found
                            if ov(s.start, s.end, sents[j + 1][0], sents[i][0])
                        ]
                        if between:
                            break
                        if any(
                            ov(s.start, s.end, sents[j][0], sents[j][1])
                            and ev.same_speaker(s.speaker, g.speakers)
                            for s in found
                        ):
                            cat = "c_other (a-like, 2-3 sentences back)"
                            break
            counts[cat] += 1
            by_split[d["split"]][cat] += 1
            examples[cat].append((a.path.name, g.speakers[0], g.text[:100]))
    return counts, by_split, examples


# ----------------------------------------------------------------------------
# 2. candidates and features

FIRST_PERSON = re.compile(r"\b(?:I|me|my|mine|we|us|our|ours|I'm|I’m|we're|we’re)\b")
MODAL = re.compile(
    r"\b(?:would|could|should|might|may|must|will|can|need|needs|expect\w*|"
    r"believ\w*|hope\w*|likely|possibl\w*|probabl\w*|perhaps)\b",
    re.I,
)
PRONOUN_START = {
    "he",
    "she",
    "they",
    "it",
    "this",
    "that",
    "these",
    "those",
    "his",
    "her",
    "their",
    "its",
    "we",
    "i",
}
CONNECTIVES = {
    "but",
    "however",
    "and",
    "also",
    "so",
    "still",
    "instead",
    "yet",
    "meanwhile",
    "in",
    "as",
    "if",
    "because",
    "while",
    "although",
    "even",
}
NARRATION_WORDS = re.compile(
    r"\b(?:was born|died|arrested|was arrested|was charged|charged|sentenced|"
    r"pleaded|founded|appointed|elected|in \d{4}|last (?:year|month|week)|"
    r"on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b",
    re.I,
)
TIME_WORDS = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|\d{4})\b"
)
CUE_WORDS = (
    r"(?:called|described|noted|reminded|urged|added|explained|telling|told|"
    r"vowed|accused|warned|stressed|pointed|argued|insisted|said|says|calls|describes|"
    r"believes|thinks|expects|hopes|wants|sees|views|considers|suggested|suggests)\b"
)
PRON_CUE = re.compile(
    r"\W*(?:He|She|They|It|The (?:group|agency|report|study|minister|president|official|company))\s+"
    r"(?:also\s+|later\s+|then\s+)?" + CUE_WORDS
)
CUE_GROUPS = {
    "said": "said",
    "says": "said",
    "told": "told",
    "added": "added",
    "according to": "according",
    "accordingly": "according",
}


def cue_group(cue):
    c = (cue or "").lower()
    if c in CUE_GROUPS:
        return CUE_GROUPS[c]
    if c.startswith(("said", "say")):
        return "said"
    if c in ("colon", ":", "—", "dash", "label"):
        return "colon"
    return "other"


def has_own_cue(text):
    return bool(eng._VERB_RE.search(text)) or "according to" in text.lower()


def candidates(d):
    """(sentence index, last engine statement, gap, crossed paragraph)."""
    found, sents = d["found"], d["sents"]
    covered = [any(ov(s.start, s.end, a, b) for s in found) for (a, b, *_r) in sents]
    out = []
    for i, (_, _, p, k, _) in enumerate(sents):
        if covered[i]:
            continue
        # walk back to the nearest covered sentence
        j = i - 1
        while j >= 0 and not covered[j] and i - j <= MAX_GAP:
            j -= 1
        if j < 0 or not covered[j] or i - j > MAX_GAP:
            continue
        pj = sents[j][2]
        if p == pj:
            crossed = 0
        elif p == pj + 1 and k == 0 and sents[j][3] == sents[j][4] - 1:
            crossed = 1  # opens the next paragraph, previous ended on the statement
        else:
            continue
        # the last engine statement in sentence j
        inj = [s for s in found if ov(s.start, s.end, sents[j][0], sents[j][1])]
        last = max(inj, key=lambda s: (s.end, s.start))
        out.append((i, last, i - j, crossed, j))
    return out


def features(d, cand):
    i, last, gap, crossed, j = cand
    body, sents, found = d["art"].body, d["sents"], d["found"]
    a, b, p, k, n = sents[i]
    text = body[a:b]
    words = text.split()
    first = re.sub(r"^[\"“‘(]+", "", words[0]).strip(",").lower() if words else ""
    prev_text = body[sents[j][0] : sents[j][1]]
    nxt = sents[i + 1] if i + 1 < len(sents) else None
    next_text = body[nxt[0] : nxt[1]] if nxt else ""
    next_same_para = bool(nxt and nxt[2] == p)
    next_has_stmt = bool(nxt and any(ov(s.start, s.end, nxt[0], nxt[1]) for s in found))
    speaker_words = [w for w in eng.fold(last.speaker).split() if len(w) > 2]
    sp_head = speaker_words[-1] if speaker_words else ""
    caps = re.findall(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+", text)
    other_names = [c for c in caps if eng.fold(c).split()[-1] != sp_head]
    quote_marks = sum(text.count(c) for c in '“”"')
    n_in_sent = len([s for s in found if ov(s.start, s.end, sents[j][0], sents[j][1])])
    prev_quote_whole = last.is_direct_quote
    # how much of sentence j the statement covers
    cover = sum(ov(s.start, s.end, sents[j][0], sents[j][1]) for s in found) / max(
        1, sents[j][1] - sents[j][0]
    )
    cg = cue_group(last.cue)
    f = {
        "bias": 1.0,
        "gap1": float(gap == 1),
        "gap2+": float(gap >= 2),
        "crossed_para": float(crossed),
        "pos_in_para_first": float(k == 0),
        "last_in_para": float(k == n - 1),
        "prev_direct": float(prev_quote_whole),
        "prev_cover": cover,
        "prev_cue_said": float(cg == "said"),
        "prev_cue_told": float(cg == "told"),
        "prev_cue_according": float(cg == "according"),
        "prev_cue_added": float(cg == "added"),
        "prev_cue_colon": float(cg == "colon"),
        "prev_cue_other": float(cg == "other"),
        "prev_kind_person": float(last.speaker_kind == "person"),
        "prev_kind_anon": float(last.speaker_kind == "anonymous"),
        "prev_kind_org": float(
            last.speaker_kind in ("organisation", "government_body")
        ),
        "prev_via": float(last.via is not None),
        "prev_len_log": math.log(1 + len(last.text.split())),
        "prev_quote_ends_sentence": float(prev_text.rstrip().endswith(("”", '"'))),
        "len_log": math.log(1 + len(words)),
        "first_pronoun": float(first in PRONOUN_START),
        "first_he_she": float(first in ("he", "she")),
        "first_the": float(first == "the"),
        "first_connective": float(first in CONNECTIVES),
        "first_digit": float(bool(re.match(r"[\d$]", first))),
        "first_cap_name": float(
            bool(re.match(r"[A-Z][a-z]+\s+[A-Z][a-z]+", text.lstrip('“"')))
        ),
        "first_person": float(bool(FIRST_PERSON.search(text))),
        "digits": float(bool(re.search(r"\d", text))),
        "percent": float(bool(re.search(r"%|percent|per cent", text))),
        "quote_marks": float(quote_marks > 0),
        "opens_quote": float(text.lstrip()[:1] in '“"'),
        "other_names": float(bool(other_names)),
        "mentions_speaker": float(bool(sp_head) and sp_head in eng.fold(text).split()),
        "modal_hedge": float(bool(MODAL.search(text))),
        "narration_words": float(bool(NARRATION_WORDS.search(text))),
        "time_words": float(bool(TIME_WORDS.search(text))),
        "own_cue_verb": float(has_own_cue(text)),
        "question": float(text.rstrip(' ”"').endswith("?")),
        "next_has_stmt": float(next_has_stmt),
        "next_same_para": float(next_same_para),
        "next_own_cue": float(next_same_para and has_own_cue(next_text)),
        "n_stmt_prev_sent": float(n_in_sent > 1),
        "para_len_log": math.log(1 + n),
        # added in round 2
        "speaker_is_document": float(
            sp_head in eng._DOCUMENTS or sp_head in eng.lx.RESEARCH_NOUNS
        ),
        "pron_or_name_cue": float(
            bool(PRON_CUE.match(text))
            or bool(
                sp_head
                and re.match(
                    r"\W*(?:\S+\s+){0,2}"
                    + re.escape(sp_head)
                    + r"\s+(?:also\s+)?"
                    + CUE_WORDS,
                    eng.fold(text),
                )
            )
        ),
        "also_early": float("also" in [w.lower().strip(",") for w in words[:5]]),
        "first_person_after_quote": float(
            bool(FIRST_PERSON.search(text)) and last.is_direct_quote
        ),
        "article_sent_len_log": d.setdefault(
            "_msl",
            math.log(
                1
                + sum(len(body[x:y].split()) for x, y, *_r in sents)
                / max(1, len(sents))
            ),
        ),
        "article_density": d.setdefault(
            "_dens",
            sum(
                1 for x, y, *_r in sents if any(ov(s.start, s.end, x, y) for s in found)
            )
            / max(1, len(sents)),
        ),
        "prev_ends_colon": float(prev_text.rstrip().endswith(":")),
    }
    return f


def label(d, cand):
    i, last, *_ = cand
    a, b = d["sents"][i][:2]
    return int(
        any(
            ov(a, b, g.start, g.end) and ev.same_speaker(last.speaker, g.speakers)
            for g in d["art"].gold
        )
    )


def make_statement(d, cand):
    i, last, *_ = cand
    a, b = d["sents"][i][:2]
    body = d["art"].body
    while b > a and body[b - 1].isspace():
        b -= 1
    return replace(
        last,
        text=body[a:b],
        start=a,
        end=b,
        cue=last.cue,
        is_direct_quote=False,
    )


# ----------------------------------------------------------------------------
# logistic regression, plain Python


def standardise(rows, names, stats=None):
    if stats is None:
        stats = {}
        for nm in names:
            vals = [r[nm] for r in rows]
            mu = sum(vals) / len(vals)
            sd = math.sqrt(sum((v - mu) ** 2 for v in vals) / len(vals)) or 1.0
            if nm == "bias":
                mu, sd = 0.0, 1.0
            stats[nm] = (mu, sd)
    return [
        [(r[nm] - stats[nm][0]) / stats[nm][1] for nm in names] for r in rows
    ], stats


def train_lr(X, y, l2=1.0, epochs=300, lr=0.5):
    """Full-batch gradient descent on the L2-regularised log loss."""
    n, m = len(X), len(X[0])
    w = [0.0] * m
    for _ in range(epochs):
        grad = [0.0] * m
        for xi, yi in zip(X, y, strict=True):
            z = sum(wj * xj for wj, xj in zip(w, xi, strict=True))
            pr = 1 / (1 + math.exp(-max(-30, min(30, z))))
            err = pr - yi
            for jj in range(m):
                grad[jj] += err * xi[jj]
        for jj in range(m):
            reg = l2 * w[jj] if jj else 0.0  # no penalty on bias (index 0)
            w[jj] -= lr * (grad[jj] + reg) / n
    return w


def predict(w, X):
    zs = (sum(a * b for a, b in zip(w, x, strict=True)) for x in X)
    return [1 / (1 + math.exp(-max(-30, min(30, z)))) for z in zs]


# ----------------------------------------------------------------------------
# scoring with evaluate.py's own code


def score_with(d, extra):
    found = sorted(d["found"] + extra, key=lambda s: (s.start, s.end))
    saved = ev.extract
    ev.extract = lambda body, publisher=None: found
    try:
        return ev.score(d["art"])
    finally:
        ev.extract = saved


def pr(t):
    return (
        t.found_right / t.found if t.found else 0.0,
        t.gold_right / t.gold if t.gold else 0.0,
    )


def choose_threshold(probs, labels, base_right, base_found):
    """On training data: the threshold maximising accepted true positives while
    the candidate-level precision of what is accepted is >= the target, i.e.
    adding them does not lower the engine's precision (approximated at the
    candidate level: accepted precision >= engine precision on training)."""
    target = base_right / base_found
    best = (0, 1.01)
    for t in sorted(set(round(p, 3) for p in probs)):
        acc = [lab for p, lab in zip(probs, labels, strict=True) if p >= t]
        if not acc:
            continue
        prec = sum(acc) / len(acc)
        if prec >= target and sum(acc) > best[0]:
            best = (sum(acc), t)
    return best[1]


def run_cv(arts, l2, margin, out=sys.stdout, target=None):
    rows = []  # per candidate: split, art index, cand, feats, label
    for ai, d in enumerate(arts):
        for c in candidates(d):
            rows.append((d["split"], ai, c, features(d, c), label(d, c)))
    names = list(rows[0][3])
    print(f"candidates {len(rows)}, positives {sum(r[4] for r in rows)}", file=out)
    base_tally = {}
    for d in arts:
        base_tally.setdefault(d["split"], ev.Tally()).add(score_with(d, []))

    pooled_base, pooled_new = ev.Tally(), ev.Tally()
    per_split = []
    weight_sum = defaultdict(float)
    for fold in FOLDS:
        train = [r for r in rows if r[0] != fold]
        test = [r for r in rows if r[0] == fold]
        Xtr, stats = standardise([r[3] for r in train], names)
        ytr = [r[4] for r in train]
        w = train_lr(Xtr, ytr, l2=l2)
        for nm, wj in zip(names, w, strict=True):
            weight_sum[nm] += wj
        ptr = predict(w, Xtr)
        tr_base = ev.Tally()
        for s, t in base_tally.items():
            if s != fold:
                tr_base.add(t)
        if target is None:
            thr = choose_threshold(
                ptr, ytr, tr_base.found_right * (1 + margin), tr_base.found
            )
        else:  # a fixed precision asked of the accepted training candidates
            thr = choose_threshold(ptr, ytr, target, 1.0)
        Xte, _ = standardise([r[3] for r in test], names, stats)
        pte = predict(w, Xte)
        extra = defaultdict(list)
        for r, p in zip(test, pte, strict=True):
            if p >= thr:
                extra[r[1]].append(make_statement(arts[r[1]], r[2]))
        b, n = ev.Tally(), ev.Tally()
        for ai, d in enumerate(arts):
            if d["split"] != fold:
                continue
            b.add(score_with(d, []))
            n.add(score_with(d, extra.get(ai, [])))
        pooled_base.add(b)
        pooled_new.add(n)
        bp, br = pr(b)
        np_, nr = pr(n)
        acc = sum(len(v) for v in extra.values())
        acc_pos = sum(r[4] for r, p in zip(test, pte, strict=True) if p >= thr)
        per_split.append(
            (
                fold,
                thr,
                len(test),
                sum(r[4] for r in test),
                acc,
                acc_pos,
                bp,
                br,
                np_,
                nr,
            )
        )
        print(
            f"{fold:<7} thr {thr:.3f} cand {len(test):>3} pos {sum(r[4] for r in test):>3} "
            f"accepted {acc:>3} (right {acc_pos:>3})  engine P {bp:.3f} R {br:.3f}  "
            f"+clf P {np_:.3f} R {nr:.3f}  dP {np_ - bp:+.3f} dR {nr - br:+.3f}",
            file=out,
        )
    bp, br = pr(pooled_base)
    np_, nr = pr(pooled_new)
    print(
        f"POOLED  engine P {bp:.3f} R {br:.3f} ({pooled_base.found_right}/{pooled_base.found}, "
        f"{pooled_base.gold_right}/{pooled_base.gold})  +clf P {np_:.3f} R {nr:.3f} "
        f"({pooled_new.found_right}/{pooled_new.found}, {pooled_new.gold_right}/{pooled_new.gold})",
        file=out,
    )
    avg = {nm: weight_sum[nm] / len(FOLDS) for nm in names}
    return rows, names, per_split, (pooled_base, pooled_new), avg


def wrong_speaker_analysis(arts):
    """Category (b): what the gold speaker of a wrong-speaker miss is."""
    c = Counter()
    cues = Counter()
    ex = []
    for d in arts:
        a, found = d["art"], d["found"]
        for g in a.gold:
            if any(
                ov(s.start, s.end, g.start, g.end)
                and ev.same_speaker(s.speaker, g.speakers)
                for s in found
            ):
                continue
            near = [s for s in found if ov(s.start, s.end, g.start, g.end)]
            if not near:
                continue
            s = near[0]
            c["b"] += 1
            cues[s.cue] += 1
            i = sentence_of(d["sents"], s.start)
            sent = a.body[d["sents"][i][0] : d["sents"][i][1]]
            pron = bool(
                re.search(
                    r"\b(?:he|she|He|She)\s+(?:\w+\s+)?(?:said|says|told|added|noted)|(?:said|says|added)\s+(?:he|she)\b",
                    sent,
                )
            )
            earlier = [t for t in found if t.end <= s.start and t is not s]
            prev_diff = [
                t for t in earlier if not ev.same_speaker(t.speaker, [s.speaker])
            ]
            any_eng = any(ev.same_speaker(t.speaker, g.speakers) for t in found)
            prev_match = bool(prev_diff) and ev.same_speaker(
                prev_diff[-1].speaker, g.speakers
            )
            last_tokens = {ev._key(n)[-1] for n in g.speakers if ev._key(n)}
            before = ev.fold(a.body[: s.start])
            mentioned_before = any(
                re.search(r"\b" + re.escape(t) + r"\b", before) for t in last_tokens
            )
            in_sentence = any(
                re.search(r"\b" + re.escape(t) + r"\b", ev.fold(sent))
                for t in last_tokens
            )
            if pron:
                c["pronoun subject (he/she said)"] += 1
            if prev_match:
                c[
                    "gold = speaker of nearest earlier engine stmt with another speaker"
                ] += 1
            if any_eng:
                c["gold speaker is some engine speaker in article"] += 1
            if in_sentence:
                c["gold speaker named in the statement's own sentence"] += 1
            if mentioned_before:
                c["gold speaker (surname/head) in text before"] += 1
            if not (mentioned_before or in_sentence):
                c["gold speaker named nowhere before/in sentence"] += 1
            if len(ex) < 400:
                ex.append(
                    (
                        pron,
                        prev_match,
                        in_sentence,
                        g.speakers[0][:25],
                        s.speaker[:25],
                        sent[:110],
                    )
                )
    print(dict(c))
    print(cues.most_common(12))
    for e in random.Random(3).sample(ex, 25):
        print(e)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--measure", action="store_true")
    ap.add_argument("--cv", action="store_true")
    ap.add_argument("--wrong-speaker", action="store_true")
    ap.add_argument("--oof", action="store_true")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument(
        "--margin",
        type=float,
        default=0.0,
        help="require accepted precision >= engine P * (1+margin)",
    )
    ap.add_argument(
        "--target", type=float, help="instead: accepted training precision >= this"
    )
    ap.add_argument("--weights")
    args = ap.parse_args(argv)
    arts = load_all()
    if args.measure:
        counts, by_split, examples = measure(arts)
        print(dict(counts))
        for s in sorted(by_split, key=lambda x: (len(x), x)):
            print(s, dict(by_split[s]))
        for cat, ex in examples.items():
            print("==", cat)
            for e in random.Random(1).sample(ex, min(6, len(ex))):
                print("  ", e)
    if args.wrong_speaker:
        wrong_speaker_analysis(arts)
    if args.oof:
        oof_analysis(arts, l2=args.l2)
    if args.cv:
        rows, names, per_split, pooled, avg = run_cv(
            arts, args.l2, args.margin, target=args.target
        )
        print("mean standardised weights over folds:")
        for nm, wv in sorted(avg.items(), key=lambda kv: -abs(kv[1])):
            print(f"  {nm:<26} {wv:+.3f}")
    if args.weights:
        rows = [
            (d["split"], c, features(d, c), label(d, c))
            for d in arts
            for c in candidates(d)
        ]
        names = list(rows[0][2])
        X, stats = standardise([r[2] for r in rows], names)
        y = [r[3] for r in rows]
        w = train_lr(X, y, l2=args.l2)
        tally = ev.Tally()
        for d in arts:
            tally.add(score_with(d, []))
        thr = choose_threshold(predict(w, X), y, tally.found_right, tally.found)
        with open(args.weights, "w") as fh:
            json.dump(
                {"features": names, "mean_sd": stats, "weights": w, "threshold": thr},
                fh,
                indent=1,
            )
    return 0


def oof_analysis(arts, l2=1.0, out=sys.stdout):
    """Out-of-fold probabilities for every candidate in FOLDS; AUC and the
    precision of the top-scored candidates."""
    rows = []
    for ai, d in enumerate(arts):
        for c in candidates(d):
            rows.append((d["split"], ai, c, features(d, c), label(d, c)))
    names = list(rows[0][3])
    oof = []
    for fold in FOLDS:
        train = [r for r in rows if r[0] != fold]
        test = [r for r in rows if r[0] == fold]
        Xtr, stats = standardise([r[3] for r in train], names)
        w = train_lr(Xtr, [r[4] for r in train], l2=l2)
        Xte, _ = standardise([r[3] for r in test], names, stats)
        oof += list(zip(predict(w, Xte), [r[4] for r in test], test, strict=True))
    oof.sort(key=lambda t: -t[0])
    npos = sum(t[1] for t in oof)
    nneg = len(oof) - npos
    # AUC by ranks
    rank_sum, seen_neg = 0, 0
    for _, y, _ in reversed(oof):
        if y:
            rank_sum += seen_neg
        else:
            seen_neg += 1
    print(
        f"OOF candidates {len(oof)} positives {npos} AUC {rank_sum / (npos * nneg):.3f}",
        file=out,
    )
    tp = 0
    for k, (p, y, _) in enumerate(oof, 1):
        tp += y
        if k in (5, 10, 20, 30, 50, 75, 100, 150, 200):
            print(f"  top {k:>3}: precision {tp / k:.3f} (p >= {p:.3f})", file=out)
    return oof


if __name__ == "__main__":
    sys.exit(main())
