-- title: Money by kind of funding
-- description: Agency budgets, staff time (in kind), trust funds and money still to be mobilized.
-- param: year integer = null  Only this plan year (every year when null)
-- column: cost_usd money
-- totals: cost_usd
-- note: An activity's cost is divided equally among its funding sources; an activity with sources of several kinds counts once under each kind.
SELECT coalesce(replace(s.kind, '-', ' '), 'not stated') AS kind,
       count(DISTINCT a.id) AS activities,
       count(DISTINCT CASE WHEN a.cost_usd IS NOT NULL THEN a.id END) AS costed_activities,
       sum(a.cost_usd * coalesce(f.share, 1.0)) AS cost_usd
FROM activities a
JOIN outputs o ON o.id = a.output
LEFT JOIN activity_funding f ON f.activity = a.id
LEFT JOIN funding_sources s ON s.id = f.funding_source
WHERE :year IS NULL OR o.year = :year
GROUP BY 1
ORDER BY 1
