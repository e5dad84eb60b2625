-- title: Data date
-- description: The date of the latest status report in the data, else the end of the latest plan: the default date stamped on builds.
SELECT coalesce((SELECT max(as_of) FROM progress), (SELECT max(end_year) || '-12-31' FROM plans)) AS date
