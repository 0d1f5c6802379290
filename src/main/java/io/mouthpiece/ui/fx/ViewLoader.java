package io.mouthpiece.ui.fx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads FXML views with controllers made by an explicit factory map, so controllers get their view models
 * through constructors and nothing is looked up statically. Included views ({@code fx:include}) share the map.
 */
public final class ViewLoader {
    private final Map<Class<?>, Supplier<?>> controllers;

    public ViewLoader(Map<Class<?>, Supplier<?>> controllers) {
        this.controllers = Map.copyOf(controllers);
    }

    /** A loaded view: its root node and its controller. */
    public record View<C>(Parent root, C controller) {}

    public <C> View<C> load(String resource, Class<C> controllerType) {
        URL url = ViewLoader.class.getResource(resource);
        if (url == null) throw new IllegalArgumentException("no FXML resource " + resource);
        FXMLLoader loader = new FXMLLoader(url);
        loader.setControllerFactory(this::create);
        try {
            Parent root = loader.load();
            return new View<>(root, controllerType.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load view " + resource, e);
        }
    }

    private Object create(Class<?> type) {
        Supplier<?> factory = controllers.get(type);
        if (factory == null) throw new IllegalStateException("no controller factory registered for " + type.getName());
        return factory.get();
    }
}
