.threshold as $threshold
| (.numbers | map(. * .)) as $squares
| ($squares | map(select(. % 2 == 1))) as $odd
| {
    count: ($odd | length),
    total: (reduce $odd[] as $x (0; . + $x)),
    big: ($squares | map(select(. > $threshold)) | length)
  }
