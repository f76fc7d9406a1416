package org.opensms.sms.web.soap;

import jakarta.ejb.EJB;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.HandlerChain;
import jakarta.jws.WebService;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.opensms.sms.pairing.PairingService;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.PageRequest;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.stock.DeviceType;
import org.opensms.sms.stock.ImportFormat;
import org.opensms.sms.stock.StockDevice;
import org.opensms.sms.stock.StockFilter;
import org.opensms.sms.stock.StockService;

/**
 * Stock over SOAP, the operations of REST {@code /api/stock} an ERP needs: import a shipment file, list, count and read
 * set-top boxes and smart cards (type STB or CARD), and move them: allocate, return, faulty, repair, repaired and
 * blacklist (REST's action names; each operation takes one device or up to 1000, all or nothing). Roles as REST:
 * MSO_ADMIN and MSO_OPERATOR (the services' own), anyone else gets a FORBIDDEN fault. WSDL at
 * {@code /sms/ws/StockService?wsdl}.
 */
@HandlerChain(file = "soap-handlers.xml")
@WebService(serviceName = "StockService", portName = "StockPort", name = "Stock", targetNamespace = SoapNames.NAMESPACE)
public class StockEndpoint {

    @EJB
    StockService stock;
    @EJB
    PairingService pairing;

    /**
     * Imports a shipment file (content: the file's bytes, base64 in the message; CSV as UTF-8 or .xlsx, at most 20 MB
     * and 200,000 devices). format csv or xlsx, or left out when fileName ends in .csv or .xlsx. Header (first line,
     * any order and case): STB vendor,model,serial,lot,warehouse; CARD vendor,number,lot,warehouse. All or nothing:
     * a file with any error imports nothing and the INVALID_INPUT fault lists every error as lineError (line, column).
     */
    @WebMethod
    @WebResult(name = "result", targetNamespace = SoapNames.NAMESPACE)
    public ImportResultData importShipment(@WebParam(name = "type", targetNamespace = SoapNames.NAMESPACE) String type,
                                           @WebParam(name = "format", targetNamespace = SoapNames.NAMESPACE) String format,
                                           @WebParam(name = "fileName", targetNamespace = SoapNames.NAMESPACE) String fileName,
                                           @WebParam(name = "content", targetNamespace = SoapNames.NAMESPACE) byte[] content)
            throws SmsFault {
        return SmsFault.call(() -> {
            InputCheck check = new InputCheck();
            DeviceType t = check.convert("type", check.required("type", type, 12), DeviceType::parse);
            ImportFormat f = format == null || format.isBlank() ? ImportFormat.ofFileName(fileName)
                    : check.convert("format", format, ImportFormat::parse);
            if (f == null && (format == null || format.isBlank())) {
                check.add("format", "is required (csv or xlsx) when fileName does not end in .csv or .xlsx");
            }
            if (content == null) {
                check.add("content", "is required: the file's bytes (base64)");
            }
            check.throwIfInvalid();
            return ImportResultData.of(stock.importShipment(t, f, new ByteArrayInputStream(content), Surface.SOAP));
        });
    }

    /**
     * Set-top boxes or smart cards by state, lco (code), lot (exact) and serial (STB serial or card number, from its
     * start, any case); paged in the database (offset, limit 1 to 1000, default 50; sort serial, state, lot,
     * stateChangedAt or createdAt; order asc or desc). total counts every match.
     */
    @WebMethod
    @WebResult(name = "page", targetNamespace = SoapNames.NAMESPACE)
    public DevicePageData findDevices(@WebParam(name = "type", targetNamespace = SoapNames.NAMESPACE) String type,
                                      @WebParam(name = "state", targetNamespace = SoapNames.NAMESPACE) String state,
                                      @WebParam(name = "lco", targetNamespace = SoapNames.NAMESPACE) String lco,
                                      @WebParam(name = "lot", targetNamespace = SoapNames.NAMESPACE) String lot,
                                      @WebParam(name = "serial", targetNamespace = SoapNames.NAMESPACE) String serial,
                                      @WebParam(name = "offset", targetNamespace = SoapNames.NAMESPACE) String offset,
                                      @WebParam(name = "limit", targetNamespace = SoapNames.NAMESPACE) String limit,
                                      @WebParam(name = "sort", targetNamespace = SoapNames.NAMESPACE) String sort,
                                      @WebParam(name = "order", targetNamespace = SoapNames.NAMESPACE) String order)
            throws SmsFault {
        return SmsFault.call(() -> {
            DeviceType t = PairingEndpoint.type(type);
            InputCheck check = new InputCheck();
            StockFilter filter = StockFilter.parse(check, state, lco, lot, serial);
            PageRequest page = PageRequest.parse(check, offset, limit, 50, sort, order);
            DevicePageData d = new DevicePageData();
            d.total = stock.count(t, filter);
            d.offset = page.offset();
            d.limit = page.size();
            stock.list(t, filter, page).forEach(s -> d.device.add(DeviceData.of(s, null)));
            return d;
        });
    }

    /** Devices per state (every state listed) for STBs and cards; only those of one LCO when lco is given. */
    @WebMethod
    @WebResult(name = "counts", targetNamespace = SoapNames.NAMESPACE)
    public DeviceCountsData countDevices(@WebParam(name = "lco", targetNamespace = SoapNames.NAMESPACE) String lco)
            throws SmsFault {
        return SmsFault.call(() -> {
            DeviceCountsData d = new DeviceCountsData();
            d.lco = lco == null || lco.isBlank() ? null : lco.strip().toUpperCase(java.util.Locale.ROOT);
            d.stb = DeviceCountsData.of(stock.countByState(DeviceType.STB, lco));
            d.card = DeviceCountsData.of(stock.countByState(DeviceType.CARD, lco));
            return d;
        });
    }

    /** One device with its movement history, oldest first; NOT_FOUND when unknown. */
    @WebMethod
    @WebResult(name = "device", targetNamespace = SoapNames.NAMESPACE)
    public DeviceData getDevice(@WebParam(name = "type", targetNamespace = SoapNames.NAMESPACE) String type,
                                @WebParam(name = "serial", targetNamespace = SoapNames.NAMESPACE) String serial) throws SmsFault {
        return SmsFault.call(() -> {
            DeviceType t = PairingEndpoint.type(type);
            StockDevice d = stock.get(t, serial);
            return DeviceData.of(d, stock.history(t, d.getSerial()));
        });
    }

    /** REST allocate: to the ACTIVE LCO lco, from IN_STOCK or DEACTIVATED. */
    @WebMethod
    @WebResult(name = "result", targetNamespace = SoapNames.NAMESPACE)
    public StockMoveResultData allocateStock(@WebParam(name = "type", targetNamespace = SoapNames.NAMESPACE) String type,
                                             @WebParam(name = "serial", targetNamespace = SoapNames.NAMESPACE) List<String> serials,
                                             @WebParam(name = "lco", targetNamespace = SoapNames.NAMESPACE) String lco,
                                             @WebParam(name = "reason", targetNamespace = SoapNames.NAMESPACE) String reason)
            throws SmsFault {
        return move(type, serials, "allocate", lco, reason);
    }

    /** REST return: back to the MSO's warehouse (IN_STOCK). */
    @WebMethod
    @WebResult(name = "result", targetNamespace = SoapNames.NAMESPACE)
    public StockMoveResultData returnStock(@WebParam(name = "type", targetNamespace = SoapNames.NAMESPACE) String type,
                                           @WebParam(name = "serial", targetNamespace = SoapNames.NAMESPACE) List<String> serials,
                                           @WebParam(name = "reason", targetNamespace = SoapNames.NAMESPACE) String reason)
            throws SmsFault {
        return move(type, serials, "return", null, reason);
    }

    /** REST faulty: FAULTY. */
    @WebMethod
    @WebResult(name = "result", targetNamespace = SoapNames.NAMESPACE)
    public StockMoveResultData markStockFaulty(@WebParam(name = "type", targetNamespace = SoapNames.NAMESPACE) String type,
                                               @WebParam(name = "serial", targetNamespace = SoapNames.NAMESPACE) List<String> serials,
                                               @WebParam(name = "reason", targetNamespace = SoapNames.NAMESPACE) String reason)
            throws SmsFault {
        return move(type, serials, "faulty", null, reason);
    }

    /** REST repair: a FAULTY device sent to the vendor (UNDER_REPAIR). */
    @WebMethod
    @WebResult(name = "result", targetNamespace = SoapNames.NAMESPACE)
    public StockMoveResultData sendStockForRepair(@WebParam(name = "type", targetNamespace = SoapNames.NAMESPACE) String type,
                                                  @WebParam(name = "serial", targetNamespace = SoapNames.NAMESPACE) List<String> serials,
                                                  @WebParam(name = "reason", targetNamespace = SoapNames.NAMESPACE) String reason)
            throws SmsFault {
        return move(type, serials, "repair", null, reason);
    }

    /** REST repaired: back from the vendor's repair, IN_STOCK. */
    @WebMethod
    @WebResult(name = "result", targetNamespace = SoapNames.NAMESPACE)
    public StockMoveResultData receiveRepairedStock(@WebParam(name = "type", targetNamespace = SoapNames.NAMESPACE) String type,
                                                    @WebParam(name = "serial", targetNamespace = SoapNames.NAMESPACE) List<String> serials,
                                                    @WebParam(name = "reason", targetNamespace = SoapNames.NAMESPACE) String reason)
            throws SmsFault {
        return move(type, serials, "repaired", null, reason);
    }

    /**
     * REST blacklist: BLACKLISTED for good, through pairing as REST (a paired device is unpaired first, a card is
     * blacklisted in the CAS too).
     */
    @WebMethod
    @WebResult(name = "result", targetNamespace = SoapNames.NAMESPACE)
    public StockMoveResultData blacklistStock(@WebParam(name = "type", targetNamespace = SoapNames.NAMESPACE) String type,
                                              @WebParam(name = "serial", targetNamespace = SoapNames.NAMESPACE) List<String> serials,
                                              @WebParam(name = "reason", targetNamespace = SoapNames.NAMESPACE) String reason)
            throws SmsFault {
        return move(type, serials, "blacklist", null, reason);
    }

    private StockMoveResultData move(String type, List<String> serials, String action, String lco, String reason) throws SmsFault {
        return SmsFault.call(() -> {
            DeviceType t = PairingEndpoint.type(type);
            StockMoveResultData d = new StockMoveResultData();
            d.type = t.name();
            pairing.moveStock(t, serials, action, lco, reason, Surface.SOAP).forEach(s -> d.device.add(DeviceData.of(s, null)));
            d.moved = d.device.size();
            return d;
        });
    }
}
