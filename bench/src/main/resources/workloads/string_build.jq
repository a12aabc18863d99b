{
  count: (.people | length),
  labels: ([.people[] | "\(.last | ascii_upcase), \(.first) (\(.city | ascii_downcase))"] | join("; ")),
  codes: ([.people[] | "\(.city[0:3])-\(.id)-\(.first | length)"] | join(","))
}
