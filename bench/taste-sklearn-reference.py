#!/usr/bin/env python3
"""scikit-learn reference for the desirability model (#22 item 7): TF-IDF of title + description, ridge regression.

    python3 bench/taste-sklearn-reference.py [--dev-sets DIR]

Reads the lirecommend split that scripts/build-dev-sets.mjs writes from ROLEFIT_DATA_DIR (../shared/data):
DIR/lirecommend/train and DIR/lirecommend/test (default DIR: $ROLEFIT_DEV_SETS or /tmp/devsets). Each job's text is
its title, a newline and its description (the posting text of lirecommend-dev/ratings.jsonl, header lines included),
as the TypeScript model's description space reads it. Target: the grade 0-3. Prints, for each vectoriser:
  - pairwise AUC on test for every alpha of the grid (for reading only: choosing alpha here would tune on test),
  - alpha chosen by grouped 5-fold CV on the training ratings only (identical postings in one fold; three fold seeds;
    pooled pairwise AUC) and its test AUC and binary AUCs (grade >= 2, grade 3),
  - grouped 5-fold CV over all 413 ratings (alpha chosen inside each training part by the same inner CV).
Vectorisers: scikit-learn defaults (lowercase, token_pattern r"(?u)\\b\\w\\w+\\b", no stop words, smooth_idf, l2 norm,
raw term counts), then sublinear_tf=True, then sublinear_tf with English stop words and min_df=2 (closest to ours).

    python3 bench/taste-sklearn-reference.py --folds FOLDS.json [--save FILE]

scores instead the folds of a repeated CV that `node bench/learning-curve.mjs --repeated 5x5 --save FOLDS.json` wrote
(every rating of lirecommend-dev/ratings.jsonl under ROLEFIT_DATA_DIR, reposts of one ad in one fold): per fold, alpha
is chosen by grouped 5-fold CV inside the training part (the same repost groups), with the vectoriser closest to ours.
Prints the mean over repeats of the pooled out-of-fold pairwise AUC with a 95% interval from resampling repost groups;
`--save FILE` writes the scores so that `learning-curve.mjs --repeated 5x5 --against FILE` gives the paired difference.
Needs scikit-learn (1.9.1 used); not part of any test.
"""

import argparse
import json
import os

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import Ridge
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedGroupKFold

ALPHAS = [0.03, 0.1, 0.3, 1, 3, 10]
VECTORISERS = {
    "defaults": {},
    "sublinear_tf": {"sublinear_tf": True},
    "sublinear_tf, stop words, min_df 2": {"sublinear_tf": True, "stop_words": "english", "min_df": 2},
}


def load(directory):
    jobs = {}
    with open(os.path.join(directory, "jobs.jsonl"), encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                job = json.loads(line)
                jobs[job["id"]] = job
    texts, grades = [], []
    with open(os.path.join(directory, "qrels.tsv"), encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            parts = line.rstrip("\n").split("\t")
            if number == 0 or len(parts) < 3:
                continue
            job = jobs[parts[1]]
            texts.append(f"{job['title']}\n{job.get('description') or ''}")
            grades.append(int(parts[2]))
    return texts, np.array(grades)


def pairwise_auc(grades, scores):
    """Share of pairs with different grades that the scores order right (ties count half), as the TypeScript auc()."""
    grades, scores = np.asarray(grades), np.asarray(scores)
    right = pairs = 0.0
    for index in range(len(grades)):
        lower = grades[index] > grades
        pairs += lower.sum()
        right += (scores[index] > scores[lower]).sum() + 0.5 * (scores[index] == scores[lower]).sum()
    return right / pairs


def fit_predict(options, alpha, train_texts, train_grades, test_texts):
    vectoriser = TfidfVectorizer(**options)
    matrix = vectoriser.fit_transform(train_texts)
    return Ridge(alpha=alpha).fit(matrix, train_grades).predict(vectoriser.transform(test_texts))


def grouped_cv_auc(options, alpha, texts, grades, seeds=(1, 2, 3)):
    groups = np.unique(texts, return_inverse=True)[1]
    results = []
    for seed in seeds:
        predictions = np.zeros(len(grades))
        for train, test in StratifiedGroupKFold(5, shuffle=True, random_state=seed).split(texts, grades, groups):
            predictions[test] = fit_predict(
                options, alpha, [texts[i] for i in train], grades[train], [texts[i] for i in test]
            )
        results.append(pairwise_auc(grades, predictions))
    return float(np.mean(results))


def choose_alpha(options, texts, grades):
    scores = [(grouped_cv_auc(options, alpha, texts, grades), alpha) for alpha in ALPHAS]
    return max(scores, key=lambda entry: (entry[0], -entry[1]))


def nested_cv(options, texts, grades, seed=1):
    groups = np.unique(texts, return_inverse=True)[1]
    predictions = np.zeros(len(grades))
    for train, test in StratifiedGroupKFold(5, shuffle=True, random_state=seed).split(texts, grades, groups):
        inner_texts = [texts[i] for i in train]
        _, alpha = choose_alpha(options, inner_texts, grades[train])
        predictions[test] = fit_predict(options, alpha, inner_texts, grades[train], [texts[i] for i in test])
    return pairwise_auc(grades, predictions)


def load_ratings(data_directory):
    """Every rating of lirecommend-dev/ratings.jsonl by id: (title + newline + posting text, grade), as the dev sets read it."""
    rows = {}
    with open(os.path.join(data_directory, "lirecommend-dev", "ratings.jsonl"), encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                title = " ".join((row.get("title") or "").split()) or " ".join(row["text"].split("\n")[0].split())
                rows[row["id"]] = (f"{title}\n{row['text']}", int(row["rating"]))
    return rows


def group_bootstrap(grades, groups, runs, samples=1000, seed=1):
    """Mean over runs of the pairwise AUC, and a percentile 95% interval from resampling groups with replacement."""
    grades = np.asarray(grades)
    high, low = np.nonzero(grades[:, None] > grades[None, :])
    credit = np.mean(
        [(np.asarray(s)[high] > np.asarray(s)[low]) + 0.5 * (np.asarray(s)[high] == np.asarray(s)[low]) for s in runs],
        axis=0,
    )
    names, inverse = np.unique(groups, return_inverse=True)
    members = [np.nonzero(inverse == index)[0] for index in range(len(names))]
    random = np.random.default_rng(seed)
    values = []
    for _ in range(samples):
        weights = np.zeros(len(grades))
        for pick in random.integers(0, len(names), len(names)):
            weights[members[pick]] += 1
        pair = weights[high] * weights[low]
        values.append((pair * credit).sum() / pair.sum())
    return float(credit.mean()), float(np.percentile(values, 2.5)), float(np.percentile(values, 97.5))


def repeated_cv(arguments):
    with open(arguments.folds, encoding="utf-8") as handle:
        saved = json.load(handle)
    rows = load_ratings(arguments.data)
    texts = [rows[identifier][0] for identifier in saved["ids"]]
    grades = np.array([rows[identifier][1] for identifier in saved["ids"]])
    groups = np.unique(saved["groups"], return_inverse=True)[1]
    options = VECTORISERS["sublinear_tf, stop words, min_df 2"]
    runs, fold_aucs = [], []
    for assignment in saved["assignments"]:
        assignment = np.asarray(assignment)
        scores = np.zeros(len(grades))
        for fold in range(assignment.max() + 1):
            train, test = np.nonzero(assignment != fold)[0], np.nonzero(assignment == fold)[0]
            train_texts = [texts[i] for i in train]
            inner = list(StratifiedGroupKFold(5, shuffle=True, random_state=1).split(train_texts, grades[train], groups[train]))
            def inner_auc(alpha):
                predictions = np.zeros(len(train))
                for inner_train, inner_test in inner:
                    predictions[inner_test] = fit_predict(
                        options, alpha, [train_texts[i] for i in inner_train], grades[train][inner_train],
                        [train_texts[i] for i in inner_test],
                    )
                return pairwise_auc(grades[train], predictions)
            alpha = max(ALPHAS, key=lambda value: (inner_auc(value), -value))
            scores[test] = fit_predict(options, alpha, train_texts, grades[train], [texts[i] for i in test])
            fold_aucs.append(pairwise_auc(grades[test], scores[test]))
        runs.append(scores.tolist())
        print(f"repeat {len(runs)}: pooled AUC {pairwise_auc(grades, scores):.3f}", flush=True)
    mean, low, high = group_bootstrap(grades, saved["groups"], runs)
    print(
        f"scikit-learn TF-IDF (sublinear_tf, stop words, min_df 2) + Ridge, alpha by inner grouped CV: pairwise AUC "
        f"{mean:.3f} [95% group bootstrap {low:.3f}, {high:.3f}] over {len(runs)} repeats; per fold "
        f"{np.mean(fold_aucs):.3f} ± {np.std(fold_aucs, ddof=1):.3f}"
    )
    if arguments.save:
        with open(arguments.save, "w", encoding="utf-8") as handle:
            json.dump({"name": "scikit-learn TF-IDF + Ridge", "ids": saved["ids"], "assignments": saved["assignments"], "scores": runs}, handle)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dev-sets", default=os.environ.get("ROLEFIT_DEV_SETS", "/tmp/devsets"))
    parser.add_argument("--no-nested", action="store_true", help="skip the CV over all ratings (slow)")
    parser.add_argument("--folds", help="score the folds of learning-curve.mjs --repeated ... --save FILE instead")
    parser.add_argument("--save", help="with --folds: write the out-of-fold scores here")
    parser.add_argument(
        "--data",
        default=os.environ.get("ROLEFIT_DATA_DIR", os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data")),
    )
    arguments = parser.parse_args()
    if arguments.folds:
        repeated_cv(arguments)
        return
    train_texts, train_grades = load(os.path.join(arguments.dev_sets, "lirecommend", "train"))
    test_texts, test_grades = load(os.path.join(arguments.dev_sets, "lirecommend", "test"))
    print(f"train {len(train_grades)} ratings, test {len(test_grades)}")
    for name, options in VECTORISERS.items():
        grid = [
            f"{alpha}: {pairwise_auc(test_grades, fit_predict(options, alpha, train_texts, train_grades, test_texts)):.3f}"
            for alpha in ALPHAS
        ]
        cv_auc, alpha = choose_alpha(options, train_texts, train_grades)
        scores = fit_predict(options, alpha, train_texts, train_grades, test_texts)
        line = (
            f"{name}: test AUC by alpha {', '.join(grid)} | CV on train picks alpha {alpha} (CV AUC {cv_auc:.3f}): "
            f"test pairwise AUC {pairwise_auc(test_grades, scores):.3f}, "
            f"grade>=2 AUC {roc_auc_score(test_grades >= 2, scores):.3f}, grade 3 AUC {roc_auc_score(test_grades == 3, scores):.3f}"
        )
        if not arguments.no_nested:
            every_text = train_texts + test_texts
            every_grade = np.concatenate([train_grades, test_grades])
            line += f" | nested grouped 5-fold CV over all {len(every_grade)}: {nested_cv(options, every_text, every_grade):.3f}"
        print(line, flush=True)


if __name__ == "__main__":
    main()
