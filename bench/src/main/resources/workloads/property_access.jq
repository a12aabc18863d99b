reduce .records[] as $r ({records: 0, qty: 0, value: 0, weight: 0};
  .records += 1
  | .qty += $r.qty
  | .value += $r.qty * $r.price
  | .weight += $r.dims.weight)
