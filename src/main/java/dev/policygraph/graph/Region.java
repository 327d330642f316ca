package dev.policygraph.graph;

import dev.policygraph.region.RegionLevel;
import org.neo4j.ogm.annotation.NodeEntity;

/**
 * An administrative division: (:Region)-[:PART_OF]->(:Region) up to 全国, and (:Document)-[:ISSUED_IN]->(:Region)
 * for the region a plan is issued for. Its id is the statistical division code ("0" for 全国); the hierarchy is
 * {@code region/divisions.tsv}, loaded whole.
 */
@NodeEntity("Region")
public class Region extends GraphNode {

    private String name = "";
    private RegionLevel level = RegionLevel.COUNTRY;
    /** The name qualified by the regions above it (重庆市南岸区), as plans print it. */
    private String qualifiedName = "";

    Region() {
    }

    public Region(String code, String name, RegionLevel level, String qualifiedName) {
        super(code);
        this.name = name;
        this.level = level;
        this.qualifiedName = qualifiedName;
    }

    public String getName() {
        return name;
    }

    public RegionLevel getLevel() {
        return level;
    }

    public String getQualifiedName() {
        return qualifiedName;
    }
}
