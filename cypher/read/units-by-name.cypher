// Units called $name, canonically or as printed, within $region when given; by region.
// include: units-named
RETURN u
ORDER BY u.scope
