package bench.minimal;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.List;

@Path("/items")
public class ItemResource {

    @GET
    public List<Item> list() {
        return Item.listAll();
    }

    @POST
    @Transactional
    public Item add(Item item) {
        item.persist();
        return item;
    }
}
