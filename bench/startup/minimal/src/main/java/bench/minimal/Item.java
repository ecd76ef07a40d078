package bench.minimal;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "minimal_item")
public class Item extends PanacheEntity {
    public String name;
}
