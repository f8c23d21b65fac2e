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


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dev-sets", default=os.environ.get("ROLEFIT_DEV_SETS", "/tmp/devsets"))
    parser.add_argument("--no-nested", action="store_true", help="skip the CV over all ratings (slow)")
    arguments = parser.parse_args()
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
