-- title: Data date
-- description: The date of the latest source the data rests on: the latest dated document of the registry (Data/documents.csv, dates given to the day) or status report, else the end of the latest plan. Documents say "data as of" this date.
SELECT coalesce(max(day), (SELECT max(end_year) || '-12-31' FROM plans)) AS date
FROM (SELECT max(as_of) AS day FROM progress
      UNION ALL
      SELECT max(date) FROM documents WHERE length(date) = 10)
