{n: .n, result: (reduce range(0; .n) as $i (0; . + ($i * $i % 7)))}
