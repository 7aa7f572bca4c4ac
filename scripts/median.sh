# Sourced by the measure-* scripts: median reads numbers, one a line, and prints their median (the upper middle
# one when there is an even number), so every script reports the same statistic.
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
