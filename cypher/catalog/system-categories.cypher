// The distinct categories of the systems, for the explorer's category filter.
MATCH (s:System)
WHERE s.category IS NOT NULL
RETURN DISTINCT s.category AS category
ORDER BY category
