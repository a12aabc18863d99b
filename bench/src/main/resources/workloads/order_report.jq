# tostring, not bare interpolation: jackson-jq interpolates the double from floor as "123.0".
def money: "\(. / 100 | floor | tostring).\(. % 100 | tostring | if length < 2 then "0" + . else . end)";

.minTotal as $minTotal
| (reduce .customers[] as $c ({}; .[$c.id] = $c)) as $customers
| [.orders[]
   | select(.status == "shipped")
   | ([.lines[] | .qty * .unitPrice] | add) as $gross
   | ($gross - ($gross * .discountPct / 100 | floor)) as $net
   | select($net >= $minTotal)
   | $customers[.customerId] as $customer
   | {id, customer: $customer.name, tier: $customer.tier, lines: (.lines | length), net: $net}] as $rows
| ($rows | sort_by(.net, .id) | reverse) as $ranked
| {
    orders: ($rows | length),
    revenue: ([$rows[].net] | add | money),
    byTier: (reduce $rows[] as $r ({}; .[$r.tier] += $r.net) | map_values(money)),
    top: [range(0; .top) as $i
          | $ranked[$i]
          | {rank: ($i + 1), line: "\(.id) \(.customer) [\(.tier)] \(.net | money)"}]
  }
