package se.finsam.uppfoljning.layout.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.finsam.uppfoljning.layout.boundary.LayoutView;
import se.finsam.uppfoljning.layout.boundary.Layouter;
import se.finsam.uppfoljning.plattform.security.CurrentCaller;

import java.util.List;

/** The layout library page: the PM's layouts with the version in force and the newest one. */
@Named
@RequestScoped
public class LayoutLista {

    @Inject
    CurrentCaller caller;

    @Inject
    Layouter layouter;

    private List<LayoutView> lista;

    public List<LayoutView> getLayouter() {
        if (lista == null) {
            lista = layouter.lista(caller.require());
        }
        return lista;
    }
}
